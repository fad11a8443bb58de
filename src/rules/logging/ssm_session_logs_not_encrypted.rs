//! TFG-LOG-031: Session Manager preferences keep no encrypted session log.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-031",
    name: "ssm-session-logs-not-encrypted",
    title: "Session Manager preferences keep no encrypted session log",
    severity: Severity::Medium,
    area: Area::Logging,
    aliases: &["CKV_AWS_113"],
    compliance: &[
        "SOC2:CC7.2",
        "SOC2:CC6.1",
        "NIST:AU-2",
        "NIST:AU-9",
        "NIST:AU-12",
        "ISO27001:A.8.15",
    ],
    controls: &["SSM Session Manager logs enabled and encrypted"],
    resources: &["aws_ssm_document"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-031.md"),
    check,
};

/// The four session preference inputs that matter, as text (`None`: not there).
#[derive(Default)]
struct Inputs {
    s3_bucket: Option<String>,
    s3_encrypted: Option<String>,
    log_group: Option<String>,
    log_group_encrypted: Option<String>,
}

const KEYS: [&str; 4] = [
    "s3BucketName",
    "s3EncryptionEnabled",
    "cloudWatchLogGroupName",
    "cloudWatchEncryptionEnabled",
];

impl Inputs {
    fn set(&mut self, key: &str, value: String) {
        match key {
            "s3BucketName" => self.s3_bucket = Some(value),
            "s3EncryptionEnabled" => self.s3_encrypted = Some(value),
            "cloudWatchLogGroupName" => self.log_group = Some(value),
            "cloudWatchEncryptionEnabled" => self.log_group_encrypted = Some(value),
            _ => {}
        }
    }

    /// Logs go to a bucket or a log group that must be encrypted.
    fn logged_encrypted(&self) -> bool {
        let named = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.is_empty());
        let on = |v: &Option<String>| v.as_deref().is_some_and(|s| s.eq_ignore_ascii_case("true"));
        (named(&self.s3_bucket) && on(&self.s3_encrypted))
            || (named(&self.log_group) && on(&self.log_group_encrypted))
    }
}

fn from_json(text: &str) -> Option<Inputs> {
    let doc: serde_json::Value = serde_json::from_str(text).ok()?;
    let mut out = Inputs::default();
    if let Some(inputs) = doc.get("inputs").and_then(serde_json::Value::as_object) {
        for key in KEYS {
            let text = match inputs.get(key) {
                Some(serde_json::Value::String(s)) => s.clone(),
                Some(serde_json::Value::Bool(b)) => b.to_string(),
                Some(serde_json::Value::Null) | None => continue,
                Some(other) => other.to_string(),
            };
            out.set(key, text);
        }
    }
    Some(out)
}

/// Session preferences in YAML are flat `key: value` lines under `inputs:`.
fn from_yaml(text: &str) -> Inputs {
    let mut out = Inputs::default();
    for line in text.lines() {
        let line = line.trim();
        for key in KEYS {
            if let Some(rest) = line.strip_prefix(key).and_then(|r| r.strip_prefix(':')) {
                let value = rest.split(" #").next().unwrap_or("").trim();
                let value = value.trim_matches(|c| c == '\'' || c == '"');
                out.set(key, value.to_string());
            }
        }
    }
    out
}

fn check(cx: &mut Checker) {
    for (i, doc) in cx.resources("aws_ssm_document") {
        match doc.node().get("document_type") {
            Some(Value::String(t)) if t.as_ref() == "Session" => {}
            Some(Value::Unknown(_)) => {
                cx.undecided(i);
                continue;
            }
            _ => {
                cx.pass(i);
                continue;
            }
        }
        let Some(Value::String(content)) = doc.node().get("content") else {
            cx.undecided(i);
            continue;
        };
        let format = doc.node().get("document_format");
        let inputs = match format {
            Some(Value::String(f)) if f.as_ref() == "YAML" => from_yaml(content),
            Some(Value::Unknown(_)) => {
                cx.undecided(i);
                continue;
            }
            _ => match from_json(content) {
                Some(inputs) => inputs,
                None => {
                    cx.undecided(i);
                    continue;
                }
            },
        };
        if inputs.logged_encrypted() {
            cx.pass(i);
        } else {
            cx.report(
                i,
                "content",
                format!(
                    "{} sends session logs neither to an S3 bucket with `s3EncryptionEnabled` nor to a log group with `cloudWatchEncryptionEnabled`: what was typed in a session is not kept, or kept unencrypted",
                    label(doc)
                ),
            );
        }
    }
}
