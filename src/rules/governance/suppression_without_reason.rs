//! TFG-GOV-001: a suppression gives no reason.
//!
//! Reported by the suppression pass ([`crate::suppress`]), which sees the comments; the rule
//! itself checks no resource.

use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-GOV-001",
    name: "suppression-without-reason",
    title: "A suppression gives no reason",
    severity: Severity::Low,
    area: Area::Governance,
    aliases: &[],
    compliance: &["SOC2:CC8.1", "NIST:CM-3", "NIST:CA-7"],
    // A process control, not one of the crosswalk's configuration controls.
    controls: &[],
    resources: &[],
    fixable: false,
    doc: include_str!("../../../rules/TFG-GOV-001.md"),
    check,
};

fn check(_: &mut Checker) {}
