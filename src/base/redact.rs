//! Sensitive values (variables and outputs declared `sensitive = true`, what a plan marks in
//! `after_sensitive`/`before_sensitive`/`sensitive_values`) are never printed. The stages that
//! learn a value is sensitive add its text to a [`Secrets`]; the application scrubs every
//! finding and diagnostic message and every value `inspect` prints, where the text stands
//! as a word of its own (not inside a longer word: a sensitive `password1` leaves
//! `password10` alone). Addresses, file names and the code itself are not values and are
//! printed as they are.
//!
//! A value shorter than [`MIN_LEN`] characters is not scrubbed from free text: a sensitive
//! user name `admin` would blank every `admin` of every message, and a value that short gives
//! little away (`inspect` still hides by place what a plan marks sensitive).

use std::collections::BTreeSet;

/// What stands where a sensitive value was.
pub const REDACTED: &str = "(sensitive)";

/// Shorter values are left in free text (see the module documentation).
pub const MIN_LEN: usize = 6;

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

    /// Every form in which the secrets may stand in a message, longest first (so a secret
    /// containing another is replaced whole).
    fn forms(&self) -> Vec<String> {
        let mut forms = BTreeSet::new();
        for t in &self.texts {
            forms.insert(t.clone());
            // Messages are escaped where they are made (`escape::control`).
            forms.insert(super::escape::control(t).into_owned());
        }
        let mut forms: Vec<String> = forms
            .into_iter()
            .filter(|f| f.chars().count() >= MIN_LEN)
            .collect();
        forms.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        forms
    }

    /// `text` with every form of every secret replaced by [`REDACTED`] where it stands as a
    /// word of its own (no letter or digit right before or after it). To scrub many texts,
    /// build a [`Scrubber`] once.
    pub fn scrub(&self, text: &str) -> String {
        self.scrubber().scrub(text)
    }

    /// The forms of this run's secrets, prepared once for scrubbing many texts.
    pub fn scrubber(&self) -> Scrubber {
        let forms = if self.texts.is_empty() {
            Vec::new()
        } else {
            self.forms()
        };
        // A text holding none of the forms (nearly every message) is returned after one pass.
        let any = aho_corasick::AhoCorasick::new(&forms).ok();
        Scrubber { forms, any }
    }
}

/// Scrubs texts of a run's secrets ([`Secrets::scrubber`]).
pub struct Scrubber {
    forms: Vec<String>,
    any: Option<aho_corasick::AhoCorasick>,
}

impl Scrubber {
    /// False when `text` holds none of the secrets' forms (nearly every text).
    pub fn may_hold(&self, text: &str) -> bool {
        !(self.forms.is_empty() || self.any.as_ref().is_some_and(|a| !a.is_match(text)))
    }

    /// [`Scrubber::scrub`] in place: `text` is rebuilt only when it may hold a secret.
    pub fn scrub_in_place(&self, text: &mut String) {
        if self.may_hold(text) {
            *text = self.scrub(text);
        }
    }

    /// See [`Secrets::scrub`].
    pub fn scrub(&self, text: &str) -> String {
        if !self.may_hold(text) {
            return text.to_string();
        }
        let mut out = text.to_string();
        for form in &self.forms {
            if !out.contains(form.as_str()) {
                continue;
            }
            let mut next = String::with_capacity(out.len());
            let mut rest = out.as_str();
            let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
            while let Some(at) = rest.find(form.as_str()) {
                next.push_str(&rest[..at]);
                let before = next.chars().next_back();
                let after = rest[at + form.len()..].chars().next();
                if word(before) || word(after) {
                    next.push_str(form);
                } else {
                    next.push_str(REDACTED);
                }
                rest = &rest[at + form.len()..];
            }
            next.push_str(rest);
            out = next;
        }
        out
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
        s.add("admin");
        s.add("secret99");
        let cases = [
            ("plain hunter2-\"quoted\" here", "plain (sensitive) here"),
            ("control p4ss\\nword", "control (sensitive)"),
            ("short admin stays", "short admin stays"),
            (
                "word secret99, not secret990 or asecret99",
                "word (sensitive), not secret990 or asecret99",
            ),
            ("`secret99`-x", "`(sensitive)`-x"),
        ];
        for (text, want) in cases {
            assert_eq!(s.scrub(text), want, "{text}");
        }
        assert!(Secrets::default().scrub("ab hunter2").contains("hunter2"));
    }
}
