//! A remedy placed in the source: byte-range [`Edit`]s on the user's files and how safe it is
//! to apply them ([`Applicability`]). Produced by `fix::plan`, shown by every report, applied
//! by the fix loop.

use crate::base::span::{FileId, Span};

/// Whether a fix is applied, and by which flag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Applicability {
    /// Applied by `--fix`.
    Safe,
    /// Applied by `--fix --unsafe-fixes`.
    Unsafe,
    /// Shown, never applied.
    DisplayOnly,
}

impl Applicability {
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::Safe => "safe",
            Applicability::Unsafe => "unsafe",
            Applicability::DisplayOnly => "display-only",
        }
    }
}

/// A remedy placed in the source.
#[derive(Clone, Debug)]
pub struct Fix {
    pub title: String,
    pub applicability: Applicability,
    /// Empty for display-only fixes.
    pub edits: Vec<Edit>,
    /// Why the fix is display-only.
    pub note: Option<String>,
}

/// One edit: replace `span` (empty for an insertion) with `text`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Edit {
    pub file: FileId,
    pub span: Span,
    pub text: String,
    /// What the edit creates or replaces (`insert.encrypted`, `resource.T.N`): two different
    /// edits at the same place with the same key conflict.
    pub key: String,
}
