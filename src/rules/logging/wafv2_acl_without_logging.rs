//! TFG-LOG-012: a WAFv2 web ACL has no logging configuration.

use super::helpers::companion::require;
use super::helpers::related::{Related, key_of};
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-012",
    name: "wafv2-acl-without-logging",
    title: "WAFv2 web ACL has no logging configuration",
    severity: Severity::Medium,
    area: Area::Logging,
    aliases: &["CKV2_AWS_31"],
    compliance: &[
        "SOC2:CC7.2",
        "NIST:AU-2",
        "NIST:AU-12",
        "NIST:SI-4",
        "ISO27001:A.8.15",
    ],
    controls: &["WAFv2 web ACL has a logging configuration"],
    resources: &[
        "aws_wafv2_web_acl",
        "aws_wafv2_web_acl_logging_configuration",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-012.md"),
    check,
};

const ACL: &[&str] = &["aws_wafv2_web_acl"];

/// The ACL name in a web ACL ARN (`arn:aws:wafv2:<region>:<account>:regional/webacl/<name>/<id>`).
fn acl_name(arn: &str) -> Option<String> {
    let rest = arn.split("/webacl/").nth(1)?;
    rest.split('/').next().map(str::to_string)
}

fn check(cx: &mut Checker) {
    let links = cx.links;
    let index = Related::build(links, &["aws_wafv2_web_acl_logging_configuration"], |c| {
        key_of(links, c, c.node().get("resource_arn"), ACL, acl_name)
    });
    require(
        cx,
        "aws_wafv2_web_acl",
        &index,
        &["name"],
        |_| Some(true),
        "has no `aws_wafv2_web_acl_logging_configuration`: the requests it allows and blocks leave no trace",
    );
}
