//! TFG-CTR-012: an ECS cluster's ECS Exec sessions or their logs are not encrypted with a
//! key the team controls.

use super::helpers::label;
use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CTR-012",
    name: "ecs-exec-session-unencrypted",
    title: "ECS Exec session without a CMK or with unencrypted session logs",
    severity: Severity::Medium,
    area: Area::Containers,
    aliases: &["CKV_AWS_224"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.7",
        "NIST:SC-8",
        "NIST:SC-28",
        "NIST:AU-9",
        "ISO27001:A.8.24",
    ],
    controls: &["ECS Exec logging encrypted and session uses a CMK"],
    resources: &["aws_ecs_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CTR-012.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_ecs_cluster") {
        let mut unknown = false;
        let mut findings = Vec::new();
        for (k, c) in inst.node().children("configuration").iter().enumerate() {
            for (e, exec) in c
                .children("execute_command_configuration")
                .iter()
                .enumerate()
            {
                let at = format!("configuration[{k}].execute_command_configuration[{e}]");
                match exec.get("logging") {
                    // No logs to encrypt (TFG-CTR-011 judges that).
                    Some(Value::String(s)) if &**s == "NONE" => continue,
                    Some(Value::Unknown(_)) => {
                        unknown = true;
                        continue;
                    }
                    _ => {}
                }
                let mut missing = Vec::new();
                match exec.get("kms_key_id") {
                    None | Some(Value::Null) => missing.push("does not set `kms_key_id`: ECS Exec session data is not encrypted with a customer managed key"),
                    Some(Value::String(s)) if s.is_empty() => missing.push("does not set `kms_key_id`: ECS Exec session data is not encrypted with a customer managed key"),
                    _ => {}
                }
                let mut encrypted = false;
                for lc in exec.children("log_configuration") {
                    for key in [
                        "cloud_watch_encryption_enabled",
                        "s3_bucket_encryption_enabled",
                    ] {
                        match flag(lc.get(key)) {
                            Flag::True => encrypted = true,
                            Flag::Unknown => unknown = true,
                            Flag::False | Flag::Unset => {}
                        }
                    }
                }
                if !encrypted && !unknown {
                    missing.push("does not set `cloud_watch_encryption_enabled` or `s3_bucket_encryption_enabled` in `log_configuration`: ECS Exec session logs are not required to be encrypted");
                }
                for why in missing {
                    findings.push((i, at.clone(), format!("{} {why}", label(inst))));
                }
            }
        }
        cx.settle(i, unknown, findings);
    }
}
