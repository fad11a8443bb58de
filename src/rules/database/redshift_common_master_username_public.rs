//! TFG-DB-058: publicly accessible Redshift cluster with a common master user name.

use super::helpers::label;
use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-058",
    name: "redshift-common-master-username-public",
    title: "Publicly accessible Redshift cluster with a common master user name",
    severity: Severity::Medium,
    area: Area::Database,
    aliases: &["CKV_AWS_391"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:IA-5",
        "NIST:CM-6",
        "ISO27001:A.5.17",
        "ISO27001:A.8.9",
    ],
    controls: &["Redshift common master username with public access"],
    resources: &["aws_redshift_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-058.md"),
    check,
};

/// The names password-guessing tools try first against Redshift (`awsuser` is the console's
/// suggestion).
const COMMON: &[&str] = &["awsuser", "admin", "administrator"];

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_redshift_cluster") {
        let node = inst.node();
        let user = match node.get("master_username") {
            Some(Value::String(u)) => u,
            Some(Value::Unknown(_)) => {
                cx.undecided(i);
                continue;
            }
            _ => {
                cx.pass(i);
                continue;
            }
        };
        if !COMMON.contains(&user.to_ascii_lowercase().as_str()) {
            cx.pass(i);
            continue;
        }
        let public = match flag(node.get("publicly_accessible")) {
            Flag::Unknown => {
                cx.undecided(i);
                continue;
            }
            Flag::False => {
                cx.pass(i);
                continue;
            }
            Flag::True => "sets `publicly_accessible = true`",
            Flag::Unset => {
                "does not set `publicly_accessible` (default true before AWS provider 6.0)"
            }
        };
        cx.report(
            i,
            "master_username",
            format!(
                "{} {public} and names its master user \"{user}\": a public endpoint with a guessable user leaves only the password between the internet and the warehouse",
                label(inst)
            ),
        );
    }
}
