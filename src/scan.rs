//! What one run produced, as the reports, the evidence and the exit status read it: the files
//! read, the evaluated workspace, problems with the input, the rules' results, the policy
//! they were judged by and what the suppression passes found. The application layer
//! (`app::pipeline`) builds a [`Scan`]; `report/` only reads it.

use crate::base::diag::Diagnostic;
use crate::finding::outcome::RuleResults;
use crate::load::Loaded;
use crate::model::Workspace;

/// How a run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Nothing reached the failure threshold.
    Clean,
    /// Findings reached the failure threshold.
    Findings,
    /// The input had errors (unreadable or unparsable files, ...): fail closed.
    Error,
}

impl Status {
    /// The process exit code: 0, 1 or 2.
    pub fn code(self) -> u8 {
        match self {
            Status::Clean => 0,
            Status::Findings => 1,
            Status::Error => 2,
        }
    }

    /// The more severe of two statuses.
    pub fn max_with(self, other: Status) -> Status {
        if other.code() > self.code() {
            other
        } else {
            self
        }
    }
}

/// Everything a scan produced, for the reports.
pub struct Scan {
    pub loaded: Loaded,
    pub workspace: Workspace,
    pub diagnostics: Vec<Diagnostic>,
    /// Findings and per-rule statistics, once the rules ran.
    pub results: Option<RuleResults>,
    /// Wall time per pipeline stage, in order (`--timings`).
    pub timings: Vec<(&'static str, std::time::Duration)>,
    /// The paths scanned, normalised: fixes never edit outside them.
    pub scanned: Vec<std::path::PathBuf>,
    /// Baseline and exceptions bookkeeping, once checked.
    pub governance: Governance,
}

impl Scan {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// The exit status the scan earns: errors, else active findings at or over the threshold.
    pub fn status(&self) -> Status {
        let fail_on = self
            .governance
            .policy
            .as_ref()
            .map_or(crate::config::FailOn::Low, |p| p.fail_on);
        let has_findings = self.results.as_ref().is_some_and(|r| {
            r.findings
                .iter()
                .any(|f| f.is_active() && fail_on.fails(f.severity))
        });
        if self.has_errors() {
            Status::Error
        } else if has_findings {
            Status::Findings
        } else {
            Status::Clean
        }
    }
}

/// How findings are judged: which rules run, at which severity, what is suppressed, and the
/// threshold that fails the run.
#[derive(Clone, Debug)]
pub struct Policy {
    /// Expiry dates are judged as of this date.
    pub today: crate::base::date::Date,
    /// Per rule index: runs.
    pub selected: Vec<bool>,
    /// Per rule index: the severity findings get.
    pub severity: Vec<crate::finding::Severity>,
    pub fail_on: crate::config::FailOn,
    pub baseline: Option<crate::suppress::baseline::Loaded>,
    pub exceptions: Option<crate::suppress::exceptions::Register>,
    pub config: Option<crate::config::Loaded>,
    /// Time each rule (`--timings`): two clock reads per rule per root, skipped otherwise.
    pub time_rules: bool,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            today: crate::base::date::Date::from_unix(crate::base::date::run_time()),
            selected: vec![true; crate::rules::RULES.len()],
            severity: crate::rules::RULES.iter().map(|r| r.severity).collect(),
            fail_on: crate::config::FailOn::Low,
            baseline: None,
            exceptions: None,
            config: None,
            time_rules: false,
        }
    }
}

/// What the suppression passes found besides the findings themselves.
#[derive(Clone, Debug, Default)]
pub struct Governance {
    /// Baseline entries that matched no finding.
    pub stale_baseline: Vec<crate::suppress::baseline::Entry>,
    /// The exceptions register's entries and how often each applied.
    pub exceptions: Option<(
        crate::suppress::exceptions::Register,
        crate::suppress::exceptions::Outcome,
    )>,
    pub policy: Option<Policy>,
    /// The `[baseline]` document and the policy files with their sha256, for the evidence.
    pub baseline_document: Option<serde_json::Value>,
}
