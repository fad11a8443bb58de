//! TFG-DB-015: EC2-Classic ElastiCache or Redshift security group has no description.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-015",
    name: "classic-security-group-without-description",
    title: "EC2-Classic ElastiCache or Redshift security group has no description",
    severity: Severity::Low,
    area: Area::Database,
    aliases: &[
        "AWS-0049",
        "AVD-AWS-0049",
        "aws-elasticache-add-description-for-security-group",
        "AWS-0083",
        "AVD-AWS-0083",
        "aws-redshift-add-description-to-security-group",
    ],
    compliance: &["SOC2:CC6.1", "NIST:CM-8", "ISO27001:A.5.9"],
    controls: &["Classic ElastiCache/Redshift security group has a description"],
    resources: &[
        "aws_elasticache_security_group",
        "aws_redshift_security_group",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-015.md"),
    check,
};

/// What the provider writes when `description` is not set.
const PROVIDER_DEFAULT: &str = "Managed by Terraform";

fn check(cx: &mut Checker) {
    for t in [
        "aws_elasticache_security_group",
        "aws_redshift_security_group",
    ] {
        for (i, inst) in cx.resources(t) {
            let what = match inst.node().get("description") {
                None | Some(Value::Null) => {
                    format!("does not set `description` (default \"{PROVIDER_DEFAULT}\")")
                }
                Some(Value::String(s)) if s.trim().is_empty() => {
                    "sets `description` to an empty string".to_string()
                }
                Some(Value::String(s)) if s.as_ref() == PROVIDER_DEFAULT => {
                    format!("sets `description` to the provider default \"{PROVIDER_DEFAULT}\"")
                }
                Some(Value::Unknown(_)) => {
                    cx.undecided(i);
                    continue;
                }
                Some(_) => {
                    cx.pass(i);
                    continue;
                }
            };
            let at = if inst.node().set("description").is_some() {
                "description"
            } else {
                ""
            };
            cx.report(
                i,
                at,
                format!(
                    "{} {what}: reviewers cannot tell what the group is for or whether its \
                     access is still needed",
                    label(inst)
                ),
            );
        }
    }
}
