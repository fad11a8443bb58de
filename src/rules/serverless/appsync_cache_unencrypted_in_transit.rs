//! TFG-SLS-018: AppSync API cache not encrypted in transit.

use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SLS-018",
    name: "appsync-cache-unencrypted-in-transit",
    title: "AppSync API cache is not encrypted in transit",
    severity: Severity::Medium,
    area: Area::Serverless,
    aliases: &["CKV_AWS_215"],
    compliance: &["SOC2:CC6.1", "SOC2:CC6.7", "NIST:SC-8", "ISO27001:A.8.24"],
    controls: &["AppSync API cache encrypted in transit"],
    resources: &["aws_appsync_api_cache"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SLS-018.md"),
    check,
};

fn check(cx: &mut Checker) {
    super::helpers::check_flag(
        cx,
        "aws_appsync_api_cache",
        "transit_encryption_enabled",
        "resolver results travel to and from the cache unencrypted",
    );
}
