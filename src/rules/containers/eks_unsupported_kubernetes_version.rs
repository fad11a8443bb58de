//! TFG-CTR-005: an EKS cluster runs a Kubernetes version past the end of EKS standard support.

use super::helpers::label;
use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CTR-005",
    name: "eks-unsupported-kubernetes-version",
    title: "EKS cluster runs a Kubernetes version past standard support",
    severity: Severity::Medium,
    area: Area::Containers,
    aliases: &["CKV_AWS_339"],
    compliance: &[
        "SOC2:CC7.1",
        "SOC2:CC8.1",
        "NIST:SI-2",
        "NIST:SA-22",
        "ISO27001:A.8.8",
    ],
    controls: &["EKS cluster runs a supported Kubernetes version"],
    resources: &["aws_eks_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CTR-005.md"),
    check,
};

/// The date the table below was read (AWS's EKS Kubernetes release calendar): a version whose
/// standard support ended on or before it is judged unsupported. Update both together.
pub const TABLE_DATE: &str = "2026-12-07";

/// Kubernetes minor versions on EKS: (minor, end of standard support, end of extended
/// support). Every minor below the first is past both.
const CALENDAR: &[(u32, &str, &str)] = &[
    (29, "2025-03-23", "2026-03-23"),
    (30, "2025-07-23", "2026-07-23"),
    (31, "2025-11-26", "2026-11-26"),
    (32, "2026-03-23", "2027-03-23"),
    (33, "2026-07-29", "2027-07-29"),
    (34, "2026-12-02", "2027-12-02"),
    (35, "2027-03-27", "2028-03-27"),
];

/// The minor version of `1.N` (a patch part, which EKS does not take, is ignored).
fn minor(v: &str) -> Option<u32> {
    let rest = v.trim().strip_prefix("1.")?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_eks_cluster") {
        let version = match inst.node().get("version") {
            // Unset: EKS creates the cluster on its current default version.
            None | Some(Value::Null) => {
                cx.pass(i);
                continue;
            }
            Some(Value::String(s)) => s.clone(),
            Some(Value::Number(n)) => crate::model::value::format_number(*n).into(),
            Some(_) => {
                cx.undecided(i);
                continue;
            }
        };
        let Some(m) = minor(&version) else {
            cx.undecided(i);
            continue;
        };
        let (standard, extended) = match CALENDAR.iter().find(|(n, _, _)| *n == m) {
            Some((_, s, e)) => (*s, *e),
            None if m < CALENDAR[0].0 => ("", ""),
            // Newer than the table: supported.
            None => {
                cx.pass(i);
                continue;
            }
        };
        if !standard.is_empty() && standard > TABLE_DATE {
            cx.pass(i);
            continue;
        }
        let why = if standard.is_empty() || extended <= TABLE_DATE {
            "past the end of EKS standard and extended support: it no longer gets security patches and EKS upgrades it automatically".to_string()
        } else {
            format!(
                "past the end of EKS standard support ({standard}): only paid extended support (until {extended}) still patches it"
            )
        };
        cx.report(
            i,
            "version",
            format!("{} runs Kubernetes {version}, {why}", label(inst)),
        );
    }
}
