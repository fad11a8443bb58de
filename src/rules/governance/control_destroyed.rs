//! TFG-GOV-004: a plan deletes or replaces a resource that carries a security control.
//!
//! Reported by [`crate::rules::change`], which sees each change's actions and reason; the
//! rule itself checks no resource.

use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-GOV-004",
    name: "control-destroyed",
    title: "A plan deletes or replaces a resource that carries a security control",
    severity: Severity::High,
    area: Area::Governance,
    aliases: &[],
    compliance: &["SOC2:CC8.1", "SOC2:CC7.2", "NIST:CM-3", "NIST:AU-9"],
    // A change control over other rules' controls, not one of the crosswalk's.
    controls: &[],
    resources: &[],
    fixable: false,
    doc: include_str!("../../../rules/TFG-GOV-004.md"),
    check,
};

fn check(_: &mut Checker) {}
