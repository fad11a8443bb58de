//! TFG-EC2-007: EC2 instance has no IAM instance profile.

use super::helpers::launch_template;
use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-EC2-007",
    name: "instance-without-profile",
    title: "EC2 instance has no IAM instance profile",
    severity: Severity::Low,
    area: Area::Compute,
    aliases: &["CKV2_AWS_41"],
    compliance: &[
        "SOC2:CC6.1",
        "NIST:IA-5",
        "NIST:AC-2",
        "ISO27001:A.5.17",
        "ISO27001:A.5.16",
    ],
    controls: &["EC2 instance has an IAM instance profile"],
    resources: &["aws_instance"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-EC2-007.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_instance") {
        match inst.node().get("iam_instance_profile") {
            Some(Value::Unknown(_)) => cx.undecided(i),
            Some(Value::String(s)) if !s.trim().is_empty() => cx.pass(i),
            v => {
                // A launch template can carry the profile.
                if v.is_none_or(Value::is_null) && launch_template(cx, inst).is_some() {
                    cx.undecided(i);
                    continue;
                }
                let what = match v {
                    Some(Value::String(_)) => "sets `iam_instance_profile` to an empty string",
                    _ => "does not set `iam_instance_profile`",
                };
                cx.report(
                    i,
                    if matches!(v, Some(Value::String(_))) {
                        "iam_instance_profile"
                    } else {
                        ""
                    },
                    format!(
                        "{} {what}: software on it that calls AWS needs long-lived access keys \
                         instead of rotated role credentials",
                        label(inst)
                    ),
                );
            }
        }
    }
}
