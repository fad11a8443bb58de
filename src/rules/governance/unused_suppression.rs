//! TFG-GOV-003: a suppression suppresses nothing.
//!
//! Reported by the suppression pass ([`crate::suppress`]), which sees the comments; the rule
//! itself checks no resource.

use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-GOV-003",
    name: "unused-suppression",
    title: "A suppression suppresses nothing",
    severity: Severity::Low,
    area: Area::Governance,
    aliases: &[],
    compliance: &["SOC2:CC8.1", "NIST:CM-3", "NIST:CA-7"],
    // A process control, not one of the crosswalk's configuration controls.
    controls: &[],
    resources: &[],
    fixable: false,
    doc: include_str!("../../../rules/TFG-GOV-003.md"),
    check,
};

fn check(_: &mut Checker) {}
