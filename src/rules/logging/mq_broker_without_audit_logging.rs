//! TFG-LOG-020: an ActiveMQ broker writes no audit log.

use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::common::setting::{self, Expect};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-020",
    name: "mq-broker-without-audit-logging",
    title: "ActiveMQ broker writes no audit log",
    severity: Severity::Medium,
    area: Area::Logging,
    aliases: &[
        "AWS-0070",
        "AVD-AWS-0070",
        "aws-mq-enable-audit-logging",
        "CKV_AWS_197",
        "31245f98-a6a9-4182-9fc1-45482b9d030a",
    ],
    compliance: &["SOC2:CC7.2", "NIST:AU-2", "NIST:AU-12", "ISO27001:A.8.15"],
    controls: &["MQ broker audit logging"],
    resources: &["aws_mq_broker"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-020.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check_unless(
        cx,
        &["aws_mq_broker"],
        "logs.audit",
        Expect::True { default: false },
        "management actions on the broker (users, queues, permissions) leave no trace",
        // RabbitMQ brokers have no audit log.
        |b| match b.node().get("engine_type") {
            Some(Value::String(e)) => Some(e.eq_ignore_ascii_case("RabbitMQ")),
            // engine_type is required: unknown here, but audit on passes either way.
            _ if flag(b.node().child("logs").and_then(|l| l.get("audit"))) == Flag::True => {
                Some(false)
            }
            _ => None,
        },
    );
}
