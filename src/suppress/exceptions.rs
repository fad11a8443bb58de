//! The exceptions register: approved, time-limited deviations kept in a file in the
//! repository (`.tfgate-exceptions.toml`), each with the rule, a resource address pattern, the
//! reason, the ticket, who approved it and when it expires. A matching finding is suppressed
//! with that justification until the expiry date; after it, the finding counts again.
//!
//! ```toml
//! [[exception]]
//! rule = "TFG-S3-002"                     # id, name or peer alias
//! resource = "aws_s3_bucket_acl.site"     # `*` matches any run of characters
//! root = "infra/web"                      # optional: the root module (or plan), same patterns
//! reason = "Public website, content is public by design"
//! ticket = "SEC-123"
//! approved-by = "jane.doe@example.com"
//! expires = 2027-03-31
//! ```

use std::path::Path;

use serde::Deserialize;

use super::{Date, Kind, Suppression};
use crate::base::wildcard::{self, Syntax};
use crate::finding::Finding;

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileDoc {
    #[serde(default)]
    exception: Vec<RawEntry>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawEntry {
    rule: String,
    resource: String,
    root: Option<String>,
    reason: String,
    ticket: String,
    approved_by: String,
    expires: toml::value::Datetime,
}

/// One approved exception.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exception {
    /// 1-based position in the file, for reports.
    pub number: usize,
    pub rules: Vec<usize>,
    pub rule_key: String,
    pub resource: String,
    pub root: Option<String>,
    pub reason: String,
    pub ticket: String,
    pub approved_by: String,
    pub expires: Date,
}

/// A register read from disk.
#[derive(Clone, Debug, Default)]
pub struct Register {
    pub display: String,
    /// The sha256 of the file as read, for the evidence record.
    pub sha256: String,
    pub entries: Vec<Exception>,
}

/// Reads and checks a register; errors name the file, the line and the problem.
pub fn read(path: &Path) -> Result<Register, (Option<usize>, String)> {
    let text = crate::load::read_text(path, crate::load::DEFAULT_MAX_FILE_SIZE)
        .map_err(|e| (None, format!("cannot read the exceptions register: {e}")))?;
    let line_at = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
    let doc: FileDoc = toml::from_str(&text).map_err(|e| {
        (
            e.span().map(|s| line_at(s.start)),
            e.message().trim().to_string(),
        )
    })?;
    // Lines of each `[[exception]]` header, to point at a bad entry.
    let headers: Vec<usize> = text
        .match_indices("[[exception]]")
        .map(|(at, _)| line_at(at))
        .collect();
    let mut entries = Vec::new();
    for (n, raw) in doc.exception.into_iter().enumerate() {
        let line = headers.get(n).copied();
        let rules = crate::rules::select(&raw.rule);
        if rules.is_empty() {
            return Err((
                line,
                format!(
                    "exception {}: `{}` is no rule id, name or peer alias",
                    n + 1,
                    raw.rule
                ),
            ));
        }
        let expires = raw
            .expires
            .date
            .filter(|_| raw.expires.time.is_none())
            .and_then(|d| Date::parse(&format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)))
            .ok_or_else(|| {
                (
                    line,
                    format!("exception {}: `expires` must be a date (YYYY-MM-DD)", n + 1),
                )
            })?;
        for (name, value) in [
            ("reason", &raw.reason),
            ("ticket", &raw.ticket),
            ("approved-by", &raw.approved_by),
            ("resource", &raw.resource),
        ] {
            if value.trim().is_empty() {
                return Err((line, format!("exception {}: `{name}` is empty", n + 1)));
            }
        }
        // Printed in reports: escaped (see `crate::base::escape`). Patterns are matched as written.
        let esc = |s: String| crate::base::escape::control(&s).into_owned();
        entries.push(Exception {
            number: n + 1,
            rules,
            rule_key: esc(raw.rule),
            resource: raw.resource,
            root: raw.root,
            reason: esc(raw.reason),
            ticket: esc(raw.ticket),
            approved_by: esc(raw.approved_by),
            expires,
        });
    }
    Ok(Register {
        display: crate::base::escape::control(&crate::base::path::display(path)).into_owned(),
        sha256: crate::base::hex::encode(&<sha2::Sha256 as sha2::Digest>::digest(text.as_bytes())),
        entries,
    })
}

/// What applying the register did, for the summary and the evidence.
#[derive(Clone, Debug, Default)]
pub struct Outcome {
    /// Per entry (by index): findings it suppressed.
    pub applied: Vec<usize>,
    /// Per entry: findings it would have suppressed but has expired.
    pub expired_matches: Vec<usize>,
}

/// Suppresses findings that a valid entry covers; an expired entry only notes itself in the
/// finding's message.
pub fn apply(register: &Register, findings: &mut [Finding], today: Date) -> Outcome {
    let mut out = Outcome {
        applied: vec![0; register.entries.len()],
        expired_matches: vec![0; register.entries.len()],
    };
    for f in findings
        .iter_mut()
        .filter(|f| f.is_active() && f.instance.is_some())
    {
        for (n, e) in register.entries.iter().enumerate() {
            let matches = e.rules.contains(&f.rule)
                && wildcard::matches(&e.resource, &f.resource, Syntax::STAR)
                && e.root
                    .as_ref()
                    .is_none_or(|r| wildcard::matches(r, &f.root, Syntax::STAR));
            if !matches {
                continue;
            }
            if e.expires < today {
                out.expired_matches[n] += 1;
                f.message.push_str(&format!(
                    " (exception {} of {} expired on {})",
                    e.number, register.display, e.expires
                ));
                continue;
            }
            out.applied[n] += 1;
            f.suppressed = Some(Box::new(Suppression {
                kind: Kind::Exception,
                reason: Some(e.reason.clone()),
                expires: Some(e.expires),
                approved_by: Some(e.approved_by.clone()),
                ticket: Some(e.ticket.clone()),
                source: format!("{} exception {}", register.display, e.number),
            }));
            break;
        }
    }
    out
}
