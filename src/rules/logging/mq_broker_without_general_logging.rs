//! TFG-LOG-019: an Amazon MQ broker writes no general log.

use crate::finding::Severity;
use crate::rules::common::setting::{self, Expect};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-019",
    name: "mq-broker-without-general-logging",
    title: "Amazon MQ broker writes no general log",
    severity: Severity::Low,
    area: Area::Logging,
    aliases: &[
        "AWS-0071",
        "AVD-AWS-0071",
        "aws-mq-enable-general-logging",
        "CKV_AWS_48",
        "31245f98-a6a9-4182-9fc1-45482b9d030a",
    ],
    compliance: &["SOC2:CC7.2", "NIST:AU-2", "NIST:AU-12", "ISO27001:A.8.15"],
    controls: &["MQ broker general logging"],
    resources: &["aws_mq_broker"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-019.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_mq_broker"],
        "logs.general",
        Expect::True { default: false },
        "what the broker did (connections, errors) leaves no trace in CloudWatch Logs",
    );
}
