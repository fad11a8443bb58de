//! TFG-SLS-017: AppSync API cache not encrypted at rest.

use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SLS-017",
    name: "appsync-cache-unencrypted-at-rest",
    title: "AppSync API cache is not encrypted at rest",
    severity: Severity::Medium,
    area: Area::Serverless,
    aliases: &["CKV_AWS_214"],
    compliance: &["SOC2:CC6.1", "NIST:SC-28", "ISO27001:A.8.24"],
    controls: &["AppSync API cache encrypted at rest"],
    resources: &["aws_appsync_api_cache"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SLS-017.md"),
    check,
};

fn check(cx: &mut Checker) {
    super::helpers::check_flag(
        cx,
        "aws_appsync_api_cache",
        "at_rest_encryption_enabled",
        "cached resolver results are stored unencrypted",
    );
}
