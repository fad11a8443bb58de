//! Why a finding does not count: the suppression comment, baseline entry or exception that
//! covers it, with its reason, expiry, approver and ticket. A suppressed finding stays in
//! every report (an audit trail); `suppress` decides which findings are covered.

use crate::base::date::Date;

/// Where a suppression comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// `tfgate:ignore` in a comment.
    Inline,
    /// `tfsec:ignore:<id>`.
    Tfsec,
    /// `trivy:ignore:<id>`.
    Trivy,
    /// `checkov:skip=<id>:<reason>`.
    Checkov,
    /// A matching entry of the `--baseline` file.
    Baseline,
    /// A matching entry of the exceptions register.
    Exception,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Inline => "inline",
            Kind::Tfsec => "tfsec",
            Kind::Trivy => "trivy",
            Kind::Checkov => "checkov",
            Kind::Baseline => "baseline",
            Kind::Exception => "exception",
        }
    }

    /// True for comments in the source (SARIF `inSource`), false for files beside it.
    pub fn in_source(self) -> bool {
        !matches!(self, Kind::Baseline | Kind::Exception)
    }
}

/// Why a finding is suppressed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suppression {
    pub kind: Kind,
    pub reason: Option<String>,
    pub expires: Option<Date>,
    pub approved_by: Option<String>,
    pub ticket: Option<String>,
    /// `main.tf:12`, or the file and entry that matched.
    pub source: String,
}
