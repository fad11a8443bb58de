//! TFG-LOG-028: an MWAA environment does not send its webserver logs to CloudWatch.

use crate::finding::Severity;
use crate::rules::common::setting::{self, Expect};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-028",
    name: "mwaa-without-webserver-logs",
    title: "MWAA environment does not send its webserver logs to CloudWatch Logs",
    severity: Severity::Low,
    area: Area::Logging,
    aliases: &["CKV_AWS_244"],
    compliance: &["SOC2:CC7.2", "NIST:AU-2", "NIST:AU-12", "ISO27001:A.8.15"],
    controls: &["MWAA environment scheduler/worker/webserver logs enabled"],
    resources: &["aws_mwaa_environment"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-028.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_mwaa_environment"],
        "logging_configuration.webserver_logs.enabled",
        Expect::True { default: false },
        "who used the Airflow web interface, and how, leaves no trace",
    );
}
