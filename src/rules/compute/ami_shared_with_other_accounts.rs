//! TFG-EC2-004: AMI launch permission shares an image with other accounts.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-EC2-004",
    name: "ami-shared-with-other-accounts",
    title: "AMI launch permission shares an image with other accounts",
    severity: Severity::Medium,
    area: Area::Compute,
    aliases: &["CKV_AWS_205"],
    compliance: &[
        "SOC2:CC6.1",
        "NIST:AC-3",
        "NIST:AC-21",
        "ISO27001:A.8.3",
        "ISO27001:A.5.14",
    ],
    controls: &["AMI launch permission shared with other accounts"],
    resources: &["aws_ami_launch_permission"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-EC2-004.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_ami_launch_permission") {
        let node = inst.node();
        let image = match node.get("image_id") {
            Some(Value::String(s)) => format!("image `{s}`"),
            _ => "the image".to_string(),
        };
        let shown = |arg: &str| match node.get(arg) {
            Some(Value::String(s)) => format!(" `{s}`"),
            _ => String::new(),
        };
        let (at, whom) = if let Some(Value::String(g)) = node.get("group")
            && g.as_ref() == "all"
        {
            ("group", "every AWS account (a public image)".to_string())
        } else if node.set("account_id").is_some() {
            ("account_id", format!("account{}", shown("account_id")))
        } else if node.set("organization_arn").is_some() {
            (
                "organization_arn",
                format!("the accounts of organization{}", shown("organization_arn")),
            )
        } else if node.set("organizational_unit_arn").is_some() {
            (
                "organizational_unit_arn",
                format!(
                    "the accounts of organizational unit{}",
                    shown("organizational_unit_arn")
                ),
            )
        } else {
            ("", "other accounts".to_string())
        };
        cx.report(
            i,
            at,
            format!(
                "`{}` lets {whom} launch {image}: whatever the image holds (software, \
                 configuration, forgotten keys) is readable there",
                inst.address
            ),
        );
    }
}
