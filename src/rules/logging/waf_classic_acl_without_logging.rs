//! TFG-LOG-013: a WAF Classic web ACL logs no requests.

use crate::finding::Severity;
use crate::rules::common::setting::{self, Expect};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-013",
    name: "waf-classic-acl-without-logging",
    title: "WAF Classic web ACL logs no requests",
    severity: Severity::Medium,
    area: Area::Logging,
    aliases: &["CKV_AWS_176"],
    compliance: &[
        "SOC2:CC7.2",
        "NIST:AU-2",
        "NIST:AU-12",
        "NIST:SI-4",
        "ISO27001:A.8.15",
    ],
    controls: &["WAF classic / regional web ACL logging"],
    resources: &["aws_waf_web_acl", "aws_wafregional_web_acl"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-013.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_waf_web_acl", "aws_wafregional_web_acl"],
        "logging_configuration.log_destination",
        Expect::Set { forbidden: &[] },
        "the requests it allows and blocks leave no trace",
    );
}
