//! TFG-ENC-008: rDS Performance Insights is not encrypted with a customer managed key.

use super::simple::label;
use super::{Area, Checker, Rule};
use crate::finding::Severity;

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
    compliance: &["SOC2:CC6.1", "NIST:SC-28(1)"],
    controls: &["RDS Performance Insights encrypted with CMK"],
    resources: &["aws_db_instance", "aws_rds_cluster"],
    fixable: false,
    doc: include_str!("../../rules/TFG-ENC-008.md"),
    check,
};

fn check(cx: &mut Checker) {
    use crate::eval::value::Value;
    use crate::model::access::{Flag, flag};
    for t in ["aws_db_instance", "aws_rds_cluster"] {
        for (i, inst) in cx.resources(t) {
            let node = inst.node();
            match flag(node.get("performance_insights_enabled")) {
                Flag::Unknown => cx.undecided(i),
                Flag::False | Flag::Unset => cx.pass(i),
                Flag::True => match node.get("performance_insights_kms_key_id") {
                    Some(Value::Unknown(_)) => cx.undecided(i),
                    Some(Value::String(k)) if !k.is_empty() => cx.pass(i),
                    _ => cx.report(i, "performance_insights_enabled", format!("{} enables Performance Insights without `performance_insights_kms_key_id` (AWS managed key)", label(inst))),
                },
            }
        }
    }
}
