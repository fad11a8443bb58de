//! TFG-CT-011: the CIS monitoring metric filters and alarms are missing.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::helpers::cis;
use super::helpers::trail::trail_label;
use crate::finding::Severity;
use crate::link::Links;
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CT-011",
    name: "trail-without-cis-alarms",
    title: "CIS metric filters and alarms for security events are missing",
    severity: Severity::Medium,
    area: Area::CloudTrail,
    aliases: &[
        "AWS-0147",
        "AVD-AWS-0147",
        "AWS-0149",
        "AVD-AWS-0149",
        "AWS-0148",
        "AVD-AWS-0148",
        "AWS-0150",
        "AVD-AWS-0150",
        "AWS-0151",
        "AVD-AWS-0151",
        "AWS-0156",
        "AVD-AWS-0156",
        "aws-cloudwatch-require-unauthorised-api-call-alarm",
        "aws-cloudwatch-require-root-user-usage-alarm",
        "aws-cloudwatch-require-non-mfa-login-alarm",
        "aws-cloudwatch-require-iam-policy-change-alarm",
        "aws-cloudwatch-require-cloud-trail-change-alarm",
        "aws-cloudwatch-require-sg-change-alarms",
    ],
    compliance: &[
        "SOC2:CC7.2",
        "SOC2:CC7.3",
        "NIST:SI-4",
        "NIST:AU-6",
        "CIS-AWS:4.1-4.15",
    ],
    controls: &[
        "CIS metric filter + alarm set (unauthorized API, root use, console no-MFA, IAM/CT/SG/NACL/VPC changes...)",
    ],
    resources: &[
        "aws_cloudtrail",
        "aws_cloudwatch_log_metric_filter",
        "aws_cloudwatch_metric_alarm",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CT-011.md"),
    check,
};

/// What the metric filters and alarms of one root monitor: per class of [`cis::CLASSES`],
/// whether a filter meant for it (its pattern names a term only that class's pattern has,
/// `cis::meant_for`) publishes a metric that has an alarm; and whether an alarm's metric or a
/// filter's pattern is unknown. Whether the filter matches the benchmark's pattern is
/// TFG-CT-012 to 019's question.
struct Monitoring {
    covered: Vec<bool>,
    unknown: bool,
}

/// The same for every trail of a root, so [`check`] finds it once per root: rebuilt per
/// trail, and with the alarmed metrics in a list, it cost trails × (alarms + filters × alarms).
fn monitoring(links: &Links, root: &str) -> Monitoring {
    let mut unknown = false;
    let mut alarmed_metrics = HashSet::default();
    for &a in links.in_root(root, "aws_cloudwatch_metric_alarm") {
        let alarm = links.instance(a);
        match alarm.node().get("metric_name") {
            Some(Value::String(m)) => {
                alarmed_metrics.insert(&**m);
            }
            Some(Value::Unknown(_)) => unknown = true,
            _ => {}
        }
    }
    let mut covered = vec![false; cis::CLASSES.len()];
    for &f in links.in_root(root, "aws_cloudwatch_log_metric_filter") {
        let filter = links.instance(f);
        let Some(meant) = cis::meant_for(filter.node().get("pattern")) else {
            unknown = true;
            continue;
        };
        let alarmed = filter
            .node()
            .children("metric_transformation")
            .iter()
            .filter_map(|m| m.get("name").and_then(Value::as_str))
            .any(|m| alarmed_metrics.contains(m));
        if !alarmed {
            continue;
        }
        for (c, m) in covered.iter_mut().zip(meant) {
            *c |= m;
        }
    }
    Monitoring { covered, unknown }
}

fn check(cx: &mut Checker) {
    let links = cx.links;
    let mut by_root: HashMap<&str, Monitoring> = HashMap::default();
    for (t, trail) in cx.resources("aws_cloudtrail") {
        // Alarms read the trail's CloudWatch Logs; without the integration TFG-CT-004 reports.
        if trail.node().set("cloud_watch_logs_group_arn").is_none() {
            cx.pass(t);
            continue;
        }
        let Monitoring { covered, unknown } = by_root
            .entry(&trail.root)
            .or_insert_with(|| monitoring(links, &trail.root));
        let missing: Vec<&str> = cis::CLASSES
            .iter()
            .zip(covered)
            .filter(|(_, c)| !**c)
            .map(|(class, _)| class.what)
            .collect();
        if missing.is_empty() {
            cx.pass(t);
        } else if *unknown {
            cx.undecided(t);
        } else {
            cx.report(
                t,
                "cloud_watch_logs_group_arn",
                format!(
                    "{} has no metric filter with an alarm for: {}",
                    trail_label(trail),
                    missing.join(", ")
                ),
            );
        }
    }
}
