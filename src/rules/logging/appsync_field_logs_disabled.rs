//! TFG-LOG-025: an AppSync GraphQL API logs no resolver (field-level) activity.

use crate::finding::Severity;
use crate::rules::common::setting::{self, Expect};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-025",
    name: "appsync-field-logs-disabled",
    title: "AppSync GraphQL API logs no field-level (resolver) activity",
    severity: Severity::Low,
    area: Area::Logging,
    aliases: &["CKV_AWS_194"],
    compliance: &["SOC2:CC7.2", "NIST:AU-2", "NIST:AU-12", "ISO27001:A.8.15"],
    controls: &["AppSync GraphQL API logging (CloudWatch role, field-level log level)"],
    resources: &["aws_appsync_graphql_api"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-025.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_appsync_graphql_api"],
        "log_config.field_log_level",
        Expect::OneOf {
            allowed: &["ALL", "ERROR", "INFO", "DEBUG"],
            default: None,
        },
        "what the resolvers did leaves no trace",
    );
}
