//! TFG-ENC-023: kMS key policy allows any principal.

use super::simple::label;
use super::{Area, Checker, Rule};
use crate::finding::Severity;

pub static RULE: Rule = Rule {
    id: "TFG-ENC-023",
    name: "kms-key-policy-public",
    title: "KMS key policy allows any principal",
    severity: Severity::Critical,
    area: Area::Encryption,
    aliases: &[
        "CKV_AWS_33",
        "7ebc9038-0bde-479a-acc4-6ed7b6758899",
        "AC_AWS_0162",
        "AC_AWS_0482",
        "FG_R00252",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.3",
        "NIST:AC-3",
        "NIST:AC-6",
        "NIST:SC-12",
    ],
    controls: &["KMS key policy: no wildcard/public principal"],
    resources: &["aws_kms_key", "aws_kms_key_policy"],
    fixable: false,
    doc: include_str!("../../rules/TFG-ENC-023.md"),
    check,
};

fn check(cx: &mut Checker) {
    use crate::link::policy::{Effect, Policy};
    for t in ["aws_kms_key", "aws_kms_key_policy"] {
        for (i, inst) in cx.resources(t) {
            let Some(v) = inst.node().set("policy") else {
                cx.pass(i);
                continue;
            };
            match super::s3::parse(cx.links, inst, v) {
                Policy::Unknown => cx.undecided(i),
                Policy::Invalid(_) => cx.pass(i),
                Policy::Statements(s) => {
                    if s.iter().any(|s| {
                        s.effect == Effect::Allow
                            && s.applies_to_anyone()
                            && s.conditions.is_empty()
                    }) {
                        cx.report(
                            i,
                            "policy",
                            format!(
                                "{} has a key policy that allows any principal without a condition",
                                label(inst)
                            ),
                        );
                    } else {
                        cx.pass(i);
                    }
                }
            }
        }
    }
}
