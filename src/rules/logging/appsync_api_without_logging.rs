//! TFG-LOG-024: an AppSync GraphQL API sends no logs to CloudWatch.

use crate::finding::Severity;
use crate::rules::common::setting::{self, Expect};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-024",
    name: "appsync-api-without-logging",
    title: "AppSync GraphQL API sends no logs to CloudWatch Logs",
    severity: Severity::Low,
    area: Area::Logging,
    aliases: &["CKV_AWS_193"],
    compliance: &["SOC2:CC7.2", "NIST:AU-2", "NIST:AU-12", "ISO27001:A.8.15"],
    controls: &["AppSync GraphQL API logging (CloudWatch role, field-level log level)"],
    resources: &["aws_appsync_graphql_api"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-024.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_appsync_graphql_api"],
        "log_config.cloudwatch_logs_role_arn",
        Expect::Set { forbidden: &[] },
        "requests to the API leave no trace in CloudWatch Logs",
    );
}
