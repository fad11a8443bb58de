//! TFG-CTR-008: an ECR repository lets image tags be overwritten.

use super::helpers::label;
use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CTR-008",
    name: "ecr-image-tags-mutable",
    title: "ECR repository image tags are mutable",
    severity: Severity::Low,
    area: Area::Containers,
    aliases: &[
        "AWS-0031",
        "AVD-AWS-0031",
        "aws-ecr-enforce-immutable-repository",
        "CKV_AWS_51",
        "d1846b12-20c5-4d45-8798-fc35b79268eb",
    ],
    compliance: &[
        "SOC2:CC8.1",
        "SOC2:CC7.1",
        "NIST:CM-2",
        "NIST:SI-7",
        "ISO27001:A.8.32",
    ],
    controls: &["ECR image tags immutable"],
    resources: &["aws_ecr_repository"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CTR-008.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_ecr_repository") {
        match inst.node().get("image_tag_mutability") {
            None | Some(Value::Null) => cx.report(
                i,
                "",
                format!(
                    "{} does not set `image_tag_mutability` (default \"MUTABLE\"): a pushed tag can be overwritten with a different image",
                    label(inst)
                ),
            ),
            Some(Value::String(s)) if s.starts_with("IMMUTABLE") => cx.pass(i),
            Some(Value::String(s)) => cx.report(
                i,
                "image_tag_mutability",
                format!(
                    "{} sets `image_tag_mutability = \"{s}\"`: a pushed tag can be overwritten with a different image",
                    label(inst)
                ),
            ),
            Some(_) => cx.undecided(i),
        }
    }
}
