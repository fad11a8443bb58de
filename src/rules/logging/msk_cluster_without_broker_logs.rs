//! TFG-LOG-021: an MSK cluster ships its broker logs nowhere.

use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-021",
    name: "msk-cluster-without-broker-logs",
    title: "MSK cluster ships its broker logs nowhere",
    severity: Severity::Low,
    area: Area::Logging,
    aliases: &[
        "AWS-0074",
        "AVD-AWS-0074",
        "aws-msk-enable-logging",
        "CKV_AWS_80",
        "2f56b7ab-7fba-4e93-82f0-247e5ddeb239",
    ],
    compliance: &["SOC2:CC7.2", "NIST:AU-2", "NIST:AU-12", "ISO27001:A.8.15"],
    controls: &["MSK broker logs shipped (CloudWatch/Firehose/S3)"],
    resources: &["aws_msk_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-021.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, cluster) in cx.resources("aws_msk_cluster") {
        let broker = cluster
            .node()
            .child("logging_info")
            .and_then(|l| l.child("broker_logs"));
        let mut unknown = false;
        let mut on = false;
        if let Some(b) = broker {
            for dest in ["cloudwatch_logs", "firehose", "s3"] {
                for d in b.children(dest) {
                    match flag(d.get("enabled")) {
                        Flag::True => on = true,
                        Flag::Unknown => unknown = true,
                        Flag::False | Flag::Unset => {}
                    }
                }
            }
        }
        if on {
            cx.pass(i);
        } else if unknown {
            cx.undecided(i);
        } else {
            let (path, what) = match broker {
                Some(_) => (
                    "logging_info[0].broker_logs[0]",
                    "enables none of `cloudwatch_logs`, `firehose` and `s3` in `logging_info.broker_logs`",
                ),
                None => ("", "does not set `logging_info.broker_logs`"),
            };
            cx.report(
                i,
                path,
                format!(
                    "{} {what}: what the brokers did (authentication, errors) leaves no trace",
                    label(cluster)
                ),
            );
        }
    }
}
