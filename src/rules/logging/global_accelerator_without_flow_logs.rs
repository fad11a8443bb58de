//! TFG-LOG-016: a Global Accelerator accelerator writes no flow logs.

use crate::finding::Severity;
use crate::rules::common::setting::{self, Expect};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-016",
    name: "global-accelerator-without-flow-logs",
    title: "Global Accelerator accelerator writes no flow logs",
    severity: Severity::Low,
    area: Area::Logging,
    aliases: &["CKV_AWS_75", "96e8183b-e985-457b-90cd-61c0503a3369"],
    compliance: &["SOC2:CC7.2", "NIST:AU-2", "NIST:AU-12", "ISO27001:A.8.15"],
    controls: &["Global Accelerator flow logs enabled"],
    resources: &["aws_globalaccelerator_accelerator"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-016.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_globalaccelerator_accelerator"],
        "attributes.flow_logs_enabled",
        Expect::True { default: false },
        "traffic through the accelerator leaves no trace",
    );
}
