//! TFG-IAM-033: an IAM Identity Center permission set whose sessions last over an hour.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-033",
    name: "sso-permission-set-long-session",
    title: "Identity Center permission set sessions last more than one hour",
    severity: Severity::Low,
    area: Area::Iam,
    aliases: &["ce9dfce0-5fc8-433b-944a-3b16153111a8"],
    compliance: &["SOC2:CC6.1", "NIST:AC-12", "ISO27001:A.8.5"],
    controls: &["SSO permission set session duration <= 1 hour"],
    resources: &["aws_ssoadmin_permission_set"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-033.md"),
    check,
};

/// Seconds of an ISO 8601 duration of hours, minutes and seconds (`PT8H`, `PT1H30M`).
fn seconds(duration: &str) -> Option<u64> {
    let rest = duration.trim().strip_prefix("PT")?;
    let (mut total, mut number) = (0u64, String::new());
    for c in rest.chars() {
        if c.is_ascii_digit() {
            number.push(c);
            continue;
        }
        let n: u64 = number.parse().ok()?;
        number.clear();
        total += n * match c.to_ascii_uppercase() {
            'H' => 3600,
            'M' => 60,
            'S' => 1,
            _ => return None,
        };
    }
    number.is_empty().then_some(total)
}

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_ssoadmin_permission_set") {
        match inst.node().set("session_duration") {
            None => cx.pass(i),
            Some(Value::Unknown(_)) => cx.undecided(i),
            Some(v) => match v.as_str().and_then(seconds) {
                Some(s) if s > 3600 => cx.report(
                    i,
                    "session_duration",
                    format!(
                        "{} sets `session_duration = \"{}\"`: a session left open or stolen stays valid for more than an hour",
                        label(inst),
                        v.as_str().unwrap_or_default()
                    ),
                ),
                _ => cx.pass(i),
            },
        }
    }
}
