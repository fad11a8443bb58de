//! TFG-LOG-023: a Step Functions state machine does not trace executions with X-Ray.

use crate::finding::Severity;
use crate::rules::common::setting::{self, Expect};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-023",
    name: "state-machine-without-xray",
    title: "Step Functions state machine does not trace executions with X-Ray",
    severity: Severity::Low,
    area: Area::Logging,
    aliases: &["CKV_AWS_284"],
    compliance: &["SOC2:CC7.2", "NIST:AU-12", "NIST:SI-4", "ISO27001:A.8.16"],
    controls: &["Step Functions state machine X-Ray tracing"],
    resources: &["aws_sfn_state_machine"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-023.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_sfn_state_machine"],
        "tracing_configuration.enabled",
        Expect::True { default: false },
        "an execution cannot be traced through the services it calls",
    );
}
