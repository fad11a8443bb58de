//! TFG-CTR-009: an ECR repository policy lets any principal in.

use super::helpers::label;
use crate::finding::Severity;
use crate::link::policy::{self, Policy};
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CTR-009",
    name: "ecr-repository-policy-public",
    title: "ECR repository policy allows any principal",
    severity: Severity::High,
    area: Area::Containers,
    aliases: &[
        "AWS-0032",
        "AVD-AWS-0032",
        "aws-ecr-no-public-access",
        "CKV_AWS_32",
        "e86e26fc-489e-44f0-9bcd-97305e4ba69a",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:AC-3",
        "NIST:AC-6",
        "ISO27001:A.5.15",
        "ISO27001:A.8.3",
    ],
    controls: &["ECR repository policy allows public access"],
    resources: &["aws_ecr_repository_policy"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CTR-009.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_ecr_repository_policy") {
        let v = match inst.node().get("policy") {
            None | Some(Value::Null) => {
                cx.pass(i);
                continue;
            }
            Some(v) => v,
        };
        let statements = match policy::resolve(cx.links, inst, v) {
            Policy::Statements(s) => s,
            Policy::Unknown => {
                cx.undecided(i);
                continue;
            }
            // AWS rejects it: it grants nothing.
            Policy::Invalid(_) => {
                cx.pass(i);
                continue;
            }
        };
        let repo = match inst.node().get("repository").and_then(Value::as_str) {
            Some(r) => format!("ECR repository `{r}`"),
            None => label(inst),
        };
        let mut unknown = false;
        let mut findings = Vec::new();
        for s in &statements {
            match s.allows_public_unconditionally() {
                Some(true) => {
                    let sid = s
                        .sid
                        .as_ref()
                        .filter(|id| !id.is_empty())
                        .map(|id| format!(" (statement \"{id}\")"))
                        .unwrap_or_default();
                    let actions = if s.not_actions.is_empty() {
                        s.actions.join(", ")
                    } else {
                        format!("everything but {}", s.not_actions.join(", "))
                    };
                    findings.push((
                        i,
                        "policy".to_string(),
                        format!(
                            "{repo} has a policy that allows any principal `{actions}`{sid} without a condition that narrows who the caller is"
                        ),
                    ));
                }
                Some(false) => {}
                None => unknown = true,
            }
        }
        cx.settle(i, unknown, findings);
    }
}
