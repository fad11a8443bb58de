//! TFG-CTR-007: an ECR repository does not scan images on push.

use super::helpers::label;
use std::collections::HashMap;
use std::sync::Arc;

use crate::finding::Severity;
use crate::finding::remedy::{Remedy, Safety};
use crate::model::Instance;
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CTR-007",
    name: "ecr-scan-on-push-disabled",
    title: "ECR repository does not scan images on push",
    severity: Severity::Medium,
    area: Area::Containers,
    aliases: &[
        "AWS-0030",
        "AVD-AWS-0030",
        "aws-ecr-enable-image-scans",
        "CKV_AWS_163",
        "9630336b-3fed-4096-8173-b9afdfe346a7",
    ],
    compliance: &["SOC2:CC7.1", "NIST:RA-5", "NIST:SI-2", "ISO27001:A.8.8"],
    controls: &["ECR image scan on push"],
    resources: &[
        "aws_ecr_repository",
        "aws_ecr_registry_scanning_configuration",
    ],
    fixable: true,
    doc: include_str!("../../../rules/TFG-CTR-007.md"),
    check,
};

/// Whether a registry scanning configuration of the root scans every repository on push or
/// continuously (a rule whose filter is the wildcard `*`): then the registry setting wins
/// over each repository's `scan_on_push`. `None` when that is unknown.
fn registry_scans_all(cx: &Checker, inst: &Instance) -> Option<bool> {
    let mut unknown = false;
    for &r in cx
        .links
        .in_root(&inst.root, "aws_ecr_registry_scanning_configuration")
    {
        let reg = cx.links.instance(r);
        for rule in reg.node().children("rule") {
            let frequency = match rule.get("scan_frequency") {
                Some(Value::String(s)) => s.to_string(),
                Some(Value::Unknown(_)) => {
                    unknown = true;
                    continue;
                }
                _ => continue,
            };
            if frequency != "SCAN_ON_PUSH" && frequency != "CONTINUOUS_SCAN" {
                continue;
            }
            for filter in rule.children("repository_filter") {
                match filter.get("filter") {
                    Some(Value::String(f)) if &**f == "*" => return Some(true),
                    Some(Value::Unknown(_)) => unknown = true,
                    _ => {}
                }
            }
        }
    }
    if unknown { None } else { Some(false) }
}

fn check(cx: &mut Checker) {
    // One answer per root module: the setting applies to every resource of the root.
    let mut per_root: HashMap<Arc<str>, Option<bool>> = HashMap::new();
    for (i, inst) in cx.resources("aws_ecr_repository") {
        let blocks = inst.node().children("image_scanning_configuration");
        let value = blocks.first().map(|b| flag(b.get("scan_on_push")));
        if matches!(value, Some(Flag::True)) {
            cx.pass(i);
            continue;
        }
        if matches!(value, Some(Flag::Unknown)) {
            cx.undecided(i);
            continue;
        }
        match *per_root
            .entry(inst.root.clone())
            .or_insert_with(|| registry_scans_all(cx, inst))
        {
            Some(true) => {
                cx.pass(i);
                continue;
            }
            None => {
                cx.undecided(i);
                continue;
            }
            Some(false) => {}
        }
        let fix = Remedy::set(
            Safety::Safe,
            "image_scanning_configuration[0].scan_on_push",
            "true",
        );
        match value {
            Some(Flag::False) => cx.report_fix(
                i,
                "image_scanning_configuration[0].scan_on_push",
                format!(
                    "{} sets `scan_on_push = false`: pushed images are not scanned for known vulnerabilities",
                    label(inst)
                ),
                fix,
            ),
            _ => cx.report_fix(
                i,
                "",
                format!(
                    "{} does not set `image_scanning_configuration.scan_on_push` (default false): pushed images are not scanned for known vulnerabilities",
                    label(inst)
                ),
                fix,
            ),
        }
    }
}
