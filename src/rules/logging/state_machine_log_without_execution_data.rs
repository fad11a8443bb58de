//! TFG-LOG-090: a Step Functions state machine's log leaves out the execution data.

use crate::finding::Severity;
use crate::rules::common::setting::{self, Expect};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-090",
    name: "state-machine-log-without-execution-data",
    title: "Step Functions state machine log leaves out execution input and output",
    severity: Severity::Low,
    area: Area::Logging,
    aliases: &["CKV_AWS_285"],
    compliance: &["SOC2:CC7.2", "SOC2:CC7.3", "NIST:AU-3", "ISO27001:A.8.15"],
    controls: &["Step Functions state machine logs include execution data"],
    resources: &["aws_sfn_state_machine"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-090.md"),
    check,
};

const PROBLEM: &str = "its log records do not say what each execution received and returned";

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_sfn_state_machine"],
        "logging_configuration.include_execution_data",
        Expect::True { default: false },
        PROBLEM,
    );
}
