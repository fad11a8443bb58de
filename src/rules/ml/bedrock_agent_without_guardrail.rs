//! TFG-ML-014: Bedrock agent has no guardrail.

use crate::finding::Severity;
use crate::rules::common::setting::{self, Expect};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ML-014",
    name: "bedrock-agent-without-guardrail",
    title: "Bedrock agent has no guardrail",
    severity: Severity::Medium,
    area: Area::Ml,
    aliases: &["CKV_AWS_383"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC7.2",
        "NIST:SI-10",
        "NIST:SI-15",
        "ISO27001:A.8.26",
    ],
    controls: &["Bedrock agent associated with guardrails"],
    resources: &["aws_bedrockagent_agent"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ML-014.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_bedrockagent_agent"],
        "guardrail_configuration.guardrail_identifier",
        Expect::Set { forbidden: &[] },
        "prompts and responses pass no content, topic or sensitive-information filter",
    );
}
