//! TFG-IAM-032: an AWS Organization with consolidated billing only (no SCPs).

use crate::finding::Severity;
use crate::finding::remedy::{Remedy, Safety};
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-032",
    name: "organization-without-all-features",
    title: "AWS Organization has only consolidated billing (no service control policies)",
    severity: Severity::Low,
    area: Area::Iam,
    aliases: &["5ba6229c-8057-433e-91d0-21cf13569ca9"],
    compliance: &["SOC2:CC6.1", "SOC2:CC5.2", "NIST:AC-3", "ISO27001:A.5.15"],
    controls: &["AWS Organizations uses all features (SCPs available)"],
    resources: &["aws_organizations_organization"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-IAM-032.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_organizations_organization") {
        match inst.node().set("feature_set") {
            Some(Value::Unknown(_)) => cx.undecided(i),
            Some(v) if v.as_str() == Some("CONSOLIDATED_BILLING") => cx.report_fix(
                i,
                "feature_set",
                format!(
                    "{} sets `feature_set = \"CONSOLIDATED_BILLING\"`: service control policies, which set guardrails no account administrator can lift, are not available",
                    label(inst)
                ),
                Remedy::set(Safety::Unsafe, "feature_set", "\"ALL\""),
            ),
            _ => cx.pass(i),
        }
    }
}
