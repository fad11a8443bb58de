//! Sensitive values (variables and outputs declared `sensitive = true`, what a plan marks in
//! `after_sensitive`/`before_sensitive`/`sensitive_values`) are never printed. The stages that
//! learn a value is sensitive add its text to a [`Secrets`]; the application scrubs every
//! finding message and every byte a report, the evidence or `inspect` writes, in each form a
//! format may print it (as written, JSON-escaped, with control characters escaped, Markdown-
//! escaped).
//!
//! A value shorter than [`MIN_LEN`] characters is not scrubbed from free text: `80` or `no`
//! would blank unrelated words, and a value that short gives little away.

use std::collections::BTreeSet;

/// What stands where a sensitive value was.
pub const REDACTED: &str = "(sensitive)";

/// Shorter values are left in free text (see the module documentation).
pub const MIN_LEN: usize = 3;

/// The sensitive texts of a run.
#[derive(Clone, Debug, Default)]
pub struct Secrets {
    texts: BTreeSet<String>,
}

impl Secrets {
    /// Records one sensitive text.
    pub fn add(&mut self, text: &str) {
        if text.chars().count() >= MIN_LEN && text != REDACTED {
            self.texts.insert(text.to_string());
        }
    }

    pub fn extend(&mut self, other: &Secrets) {
        self.texts.extend(other.texts.iter().cloned());
    }

    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }

    /// Every form in which the secrets may be printed, longest first (so a secret containing
    /// another is replaced whole).
    fn forms(&self) -> Vec<String> {
        let mut forms = BTreeSet::new();
        for t in &self.texts {
            forms.insert(t.clone());
            let json = serde_json::to_string(t).unwrap_or_default();
            if let Some(inner) = json.strip_prefix('"').and_then(|j| j.strip_suffix('"')) {
                forms.insert(inner.to_string());
            }
            forms.insert(super::escape::control(t).into_owned());
            forms.insert(super::escape::markdown(t));
            forms.insert(super::escape::markdown_code(t));
        }
        let mut forms: Vec<String> = forms
            .into_iter()
            .filter(|f| f.chars().count() >= MIN_LEN)
            .collect();
        forms.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        forms
    }

    /// `text` with every form of every secret replaced by [`REDACTED`].
    pub fn scrub(&self, text: &str) -> String {
        let mut out = text.to_string();
        if self.texts.is_empty() {
            return out;
        }
        for form in self.forms() {
            if out.contains(&form) {
                out = out.replace(&form, REDACTED);
            }
        }
        out
    }

    /// Bytes of a report: scrubbed when they are UTF-8 (reports are), else as they are.
    pub fn scrub_bytes(&self, bytes: Vec<u8>) -> Vec<u8> {
        if self.texts.is_empty() {
            return bytes;
        }
        match String::from_utf8(bytes) {
            Ok(text) => self.scrub(&text).into_bytes(),
            Err(e) => e.into_bytes(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrubs_every_printed_form() {
        let mut s = Secrets::default();
        s.add("hunter2-\"quoted\"");
        s.add("p4ss\nword");
        s.add("ab");
        let cases = [
            ("plain hunter2-\"quoted\" here", "plain (sensitive) here"),
            (
                r#"{"m": "x hunter2-\"quoted\""}"#,
                r#"{"m": "x (sensitive)"}"#,
            ),
            ("control p4ss\\nword", "control (sensitive)"),
            ("json p4ss\\nword", "json (sensitive)"),
            ("short ab stays", "short ab stays"),
        ];
        for (text, want) in cases {
            assert_eq!(s.scrub(text), want, "{text}");
        }
        assert!(Secrets::default().scrub("ab hunter2").contains("hunter2"));
    }
}
