//! TFG-ENC-008: RDS Performance Insights is not encrypted with a customer managed key.

use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::common::kms::{Key, key, no_key_at, without_key};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-008",
    name: "rds-performance-insights-without-cmk",
    title: "RDS Performance Insights is not encrypted with a customer managed key",
    severity: Severity::Low,
    area: Area::Encryption,
    aliases: &[
        "AWS-0078",
        "AVD-AWS-0078",
        "aws-rds-performance-insights-encryption-customer-key",
        "CKV_AWS_354",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-12", "NIST:SC-28(1)"],
    controls: &["RDS Performance Insights encrypted with CMK"],
    resources: &[
        "aws_db_instance",
        "aws_rds_cluster",
        "aws_rds_cluster_instance",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-008.md"),
    check,
};

fn check(cx: &mut Checker) {
    for t in [
        "aws_db_instance",
        "aws_rds_cluster",
        "aws_rds_cluster_instance",
    ] {
        for (i, inst) in cx.resources(t) {
            let node = inst.node();
            // A cluster instance that names no key takes the one its cluster sets, where
            // the cluster is in this configuration and sets one.
            let mut key_value = node.get("performance_insights_kms_key_id");
            if t == "aws_rds_cluster_instance"
                && key_value.is_none_or(Value::is_null)
                && let Some(c) = node.get("cluster_identifier")
                && let crate::link::Target::Instance(c) =
                    cx.links.resolve(inst, c, &["aws_rds_cluster"])
                && let Some(k) = cx
                    .links
                    .instance(c)
                    .node()
                    .set("performance_insights_kms_key_id")
            {
                key_value = Some(k);
            }
            let what = match node.get("cluster_identifier").and_then(Value::as_str) {
                Some(n) if t == "aws_rds_cluster" => format!("{t} `{n}`"),
                _ => label(inst),
            };
            let kms = node.get("performance_insights_kms_key_id");
            match flag(node.get("performance_insights_enabled")) {
                // Off (the default): nothing is collected, nothing to encrypt.
                Flag::False | Flag::Unset => cx.pass(i),
                Flag::Unknown => cx.undecided(i),
                Flag::True => match key(cx, inst, key_value) {
                    Key::Customer => cx.pass(i),
                    Key::Unknown => cx.undecided(i),
                    Key::Unset => cx.report(
                        i,
                        no_key_at(
                            kms,
                            "performance_insights_kms_key_id",
                            "performance_insights_enabled",
                        ),
                        format!(
                            "{what} enables Performance Insights {}: its data is encrypted with \
                             the AWS managed key aws/rds",
                            without_key(kms, "performance_insights_kms_key_id")
                        ),
                    ),
                    Key::AwsManaged(k) => cx.report(
                        i,
                        "performance_insights_kms_key_id",
                        format!(
                            "{what} sets `performance_insights_kms_key_id` to the AWS managed \
                             key \"{k}\""
                        ),
                    ),
                },
            }
        }
    }
}
