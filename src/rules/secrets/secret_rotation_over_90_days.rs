//! TFG-SEC-006: a Secrets Manager secret rotates less often than every 90 days.

use crate::finding::Severity;
use crate::model::access::Node;
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SEC-006",
    name: "secret-rotation-over-90-days",
    title: "Secrets Manager secret rotates less often than every 90 days",
    severity: Severity::Low,
    area: Area::Secrets,
    aliases: &["CKV_AWS_304"],
    compliance: &[
        "SOC2:CC6.1",
        "NIST:IA-5(1)",
        "NIST:SC-12",
        "ISO27001:A.5.17",
    ],
    controls: &["Secrets Manager rotation interval <= 90 days"],
    resources: &[
        "aws_secretsmanager_secret_rotation",
        "aws_secretsmanager_secret",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SEC-006.md"),
    check,
};

/// The longest rotation interval accepted, in days.
const MAX_DAYS: f64 = 90.0;

/// What a `rotation_rules` block says about the interval.
enum Interval {
    Days(f64),
    /// A cron schedule: it runs at least yearly, and its frequency is its author's choice.
    Cron,
    Unknown,
    /// Neither `automatically_after_days` nor `schedule_expression`.
    Unset,
}

/// `rate(N unit)` in days.
fn rate_days(expr: &str) -> Option<f64> {
    let inner = expr.trim().strip_prefix("rate(")?.strip_suffix(')')?;
    let mut parts = inner.split_whitespace();
    let n: f64 = parts.next()?.parse().ok()?;
    let unit = parts.next()?.trim_end_matches('s');
    let per_day = match unit {
        "day" => 1.0,
        "week" => 1.0 / 7.0,
        "hour" => 24.0,
        "minute" => 1440.0,
        _ => return None,
    };
    Some(n / per_day)
}

fn interval(rules: Node) -> Interval {
    match rules.get("automatically_after_days") {
        Some(Value::Null) | None => {}
        Some(v) => {
            return match v.to_number() {
                Some(d) => Interval::Days(d),
                None => Interval::Unknown,
            };
        }
    }
    match rules.get("schedule_expression") {
        Some(Value::Null) | None => Interval::Unset,
        Some(Value::String(s)) if s.trim_start().starts_with("cron(") => Interval::Cron,
        Some(Value::String(s)) => rate_days(s).map_or(Interval::Unknown, Interval::Days),
        Some(_) => Interval::Unknown,
    }
}

fn check(cx: &mut Checker) {
    for rtype in [
        "aws_secretsmanager_secret_rotation",
        "aws_secretsmanager_secret",
    ] {
        for (i, inst) in cx.resources(rtype) {
            let blocks = inst.node().children("rotation_rules");
            let Some(rules) = blocks.first() else {
                // A secret without inline rotation: TFG-SEC-005's concern.
                if rtype == "aws_secretsmanager_secret" {
                    continue;
                }
                cx.report(
                    i,
                    "",
                    format!("{} does not set `rotation_rules`", label(inst)),
                );
                continue;
            };
            match interval(*rules) {
                Interval::Days(d) if d > MAX_DAYS => {
                    let arg = if rules.get("automatically_after_days").is_some_and(|v| !v.is_null()) {
                        "automatically_after_days"
                    } else {
                        "schedule_expression"
                    };
                    cx.report(
                        i,
                        &format!("rotation_rules[0].{arg}"),
                        format!(
                            "{} rotates the secret every {} days (`rotation_rules.{arg}`), more than {MAX_DAYS} days",
                            label(inst),
                            crate::model::value::format_number(d)
                        ),
                    );
                }
                Interval::Unset => cx.report(
                    i,
                    "rotation_rules[0]",
                    format!(
                        "{} does not set `automatically_after_days` or `schedule_expression` in `rotation_rules`",
                        label(inst)
                    ),
                ),
                Interval::Unknown => cx.undecided(i),
                Interval::Days(_) | Interval::Cron => cx.pass(i),
            }
        }
    }
}
