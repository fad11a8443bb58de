//! TFG-CT-009: a trail that does not record management events.

use super::helpers::trail::trail_label;
use crate::finding::Severity;
use crate::finding::remedy::{Remedy, Safety};
use crate::model::access::{Flag, flag};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CT-009",
    name: "trail-management-events-excluded",
    title: "CloudTrail trail excludes management events",
    severity: Severity::Medium,
    area: Area::CloudTrail,
    aliases: &["FG_R00237"],
    compliance: &["SOC2:CC7.2", "NIST:AU-2", "NIST:AU-12", "CIS-AWS:3.1"],
    controls: &["Management events logged"],
    resources: &["aws_cloudtrail"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-CT-009.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (t, trail) in cx.resources("aws_cloudtrail") {
        let selectors = trail.node().children("event_selector");
        // Without event selectors a trail logs all management events (the AWS default).
        if selectors.is_empty() {
            cx.pass(t);
            continue;
        }
        let flags: Vec<Flag> = selectors
            .iter()
            .map(|s| flag(s.get("include_management_events")))
            .collect();
        if flags.iter().any(|f| matches!(f, Flag::True | Flag::Unset)) {
            cx.pass(t);
        } else if flags.contains(&Flag::Unknown) {
            cx.undecided(t);
        } else {
            cx.report_fix(
                t,
                "event_selector[0].include_management_events",
                format!(
                    "{} sets `include_management_events = false` in every event selector",
                    trail_label(trail)
                ),
                Remedy::set(
                    Safety::Safe,
                    "event_selector[0].include_management_events",
                    "true",
                ),
            );
        }
    }
}
