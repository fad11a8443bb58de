//! TFG-CTR-004: an EKS cluster does not send all five control-plane log types to CloudWatch.

use super::helpers::label;
use crate::finding::Severity;
use crate::finding::remedy::{Remedy, Safety};
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CTR-004",
    name: "eks-control-plane-logging-incomplete",
    title: "EKS control-plane logging does not cover all five log types",
    severity: Severity::Medium,
    area: Area::Containers,
    aliases: &[
        "AWS-0038",
        "AVD-AWS-0038",
        "aws-eks-enable-control-plane-logging",
        "CKV_AWS_37",
        "66f130d9-b81d-4e8e-9b08-da74b9c891df",
        "37304d3f-f852-40b8-ae3f-725e87a7cedf",
    ],
    compliance: &[
        "SOC2:CC7.2",
        "SOC2:CC7.3",
        "NIST:AU-2",
        "NIST:AU-12",
        "ISO27001:A.8.15",
        "ISO27001:A.8.16",
    ],
    controls: &["EKS control-plane logging for all five log types"],
    resources: &["aws_eks_cluster"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-CTR-004.md"),
    check,
};

const TYPES: [&str; 5] = [
    "api",
    "audit",
    "authenticator",
    "controllerManager",
    "scheduler",
];

const ALL: &str = r#"["api", "audit", "authenticator", "controllerManager", "scheduler"]"#;

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_eks_cluster") {
        let items = match inst.node().get("enabled_cluster_log_types") {
            None | Some(Value::Null) => {
                cx.report_fix(
                    i,
                    "",
                    format!(
                        "{} does not set `enabled_cluster_log_types`: no control-plane logs (API calls, audit, authentication) reach CloudWatch",
                        label(inst)
                    ),
                    Remedy::set(Safety::Safe, "enabled_cluster_log_types", ALL),
                );
                continue;
            }
            Some(Value::List(items) | Value::Set(items)) => items.clone(),
            Some(_) => {
                cx.undecided(i);
                continue;
            }
        };
        let mut unknown = 0;
        let mut present = Vec::new();
        for item in items.iter() {
            match item {
                Value::String(s) => present.push(s.to_string()),
                _ => unknown += 1,
            }
        }
        let missing: Vec<&str> = TYPES
            .iter()
            .copied()
            .filter(|t| !present.iter().any(|p| p == t))
            .collect();
        // Each element known only after apply may be one of the missing types.
        if missing.is_empty() {
            cx.pass(i);
        } else if missing.len() <= unknown {
            cx.undecided(i);
        } else {
            let list = missing
                .iter()
                .map(|m| format!("\"{m}\""))
                .collect::<Vec<_>>()
                .join(", ");
            let message = if unknown == 0 {
                format!(
                    "{} does not enable control-plane log types {list} in `enabled_cluster_log_types`",
                    label(inst)
                )
            } else {
                format!(
                    "{} enables at most {} of the five control-plane log types in `enabled_cluster_log_types` (not {list})",
                    label(inst),
                    TYPES.len() - missing.len() + unknown
                )
            };
            cx.report_fix(
                i,
                "enabled_cluster_log_types",
                message,
                Remedy::set(Safety::Safe, "enabled_cluster_log_types", ALL),
            );
        }
    }
}
