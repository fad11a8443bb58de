//! TFG-LOG-053: AWS Config rules do not check that EBS volumes are encrypted.

use crate::finding::Severity;
use crate::link::account::Control;
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-053",
    name: "config-rules-without-encrypted-volumes",
    title: "AWS Config rules do not check that EBS volumes are encrypted",
    severity: Severity::Low,
    area: Area::Logging,
    aliases: &["abdb29d4-5ca1-4e91-800b-b3569bbd788c"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC7.1",
        "NIST:SC-28",
        "NIST:CA-7",
        "ISO27001:A.8.24",
    ],
    controls: &["AWS Config rule for encrypted volumes exists"],
    resources: &[
        "aws_config_config_rule",
        "aws_config_organization_managed_rule",
        "aws_config_conformance_pack",
        "aws_config_organization_conformance_pack",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-053.md"),
    check,
};

const IDENTIFIER: &str = "ENCRYPTED_VOLUMES";
const RULES: &[&str] = &[
    "aws_config_config_rule",
    "aws_config_organization_managed_rule",
];
const PACKS: &[&str] = &[
    "aws_config_conformance_pack",
    "aws_config_organization_conformance_pack",
];

/// Whether one Config rule or pack checks encrypted volumes (`None`: unknown before apply).
fn checks_volumes(inst: &crate::model::Instance) -> Option<bool> {
    let node = inst.node();
    let value = match inst.rtype.as_str() {
        "aws_config_config_rule" => node
            .child("source")
            .and_then(|s| s.get("source_identifier")),
        "aws_config_organization_managed_rule" => node.get("rule_identifier"),
        // A pack's template lists its rules; one read from a file or an S3 URI is unknown here.
        _ => match node.set("template_body") {
            Some(v) => Some(v),
            None => return None,
        },
    };
    match value {
        Some(Value::String(s)) => Some(s.contains(IDENTIFIER)),
        Some(Value::Unknown(_)) => None,
        _ => Some(false),
    }
}

fn check(cx: &mut Checker) {
    let links = cx.links;
    for view in links.accounts() {
        let mut first: Option<usize> = None;
        let mut unknown = false;
        let mut found = false;
        for &t in RULES.iter().chain(PACKS) {
            for &i in links.in_root(&view.root, t) {
                let inst = links.instance(i);
                if RULES.contains(&t) {
                    first = Some(first.map_or(i, |f: usize| f.min(i)));
                }
                match checks_volumes(inst) {
                    Some(true) if !inst.keys_unknown() => found = true,
                    Some(true) | None => unknown = true,
                    Some(false) => {}
                }
            }
        }
        // Only a root that manages Config rules is judged: the others leave rules to
        // whoever manages them.
        let Some(first) = first else { continue };
        if found {
            cx.pass(first);
        } else if unknown {
            cx.undecided(first);
        } else if links.account_context().elsewhere.contains(Control::Config) {
            cx.undecided_elsewhere(first);
        } else {
            let inst = links.instance(first);
            cx.report(
                first,
                "",
                format!(
                    "the AWS Config rules of this configuration (the first is `{}`) include none with source `{IDENTIFIER}`: EBS volumes created unencrypted go unreported",
                    inst.address
                ),
            );
        }
    }
}
