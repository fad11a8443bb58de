//! TFG-ML-015: Bedrock agent is not encrypted with a customer managed key.

use super::helpers::require_cmk;
use crate::finding::Severity;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ML-015",
    name: "bedrock-agent-without-cmk",
    title: "Bedrock agent is not encrypted with a customer managed key",
    severity: Severity::Low,
    area: Area::Ml,
    aliases: &["CKV_AWS_373"],
    compliance: &[
        "SOC2:CC6.1",
        "NIST:SC-12",
        "NIST:SC-28(1)",
        "ISO27001:A.8.24",
    ],
    controls: &["Bedrock agent encrypted with a CMK"],
    resources: &["aws_bedrockagent_agent"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ML-015.md"),
    check,
};

fn check(cx: &mut Checker) {
    require_cmk(
        cx,
        "aws_bedrockagent_agent",
        &[],
        "customer_encryption_key_arn",
        "the agent's data is encrypted with a key the account does not control",
    );
}
