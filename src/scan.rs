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

    /// Managed resources of providers no rule checked a single resource of, by provider (the
    /// type's first word, as Terraform implies it): `[("azurerm", 312), ("google", 4)]`.
    /// Empty before the rules ran. A run over such code checks nothing, and must say so
    /// rather than read as a clean "0 checks".
    pub fn unchecked_providers(&self) -> Vec<(String, usize)> {
        let Some(results) = &self.results else {
            return Vec::new();
        };
        let instances = &self.workspace.instances;
        let mut checked = vec![false; instances.len()];
        for (i, _) in results.stats.iter().flat_map(|s| s.outcomes()) {
            if let Some(c) = checked.get_mut(i) {
                *c = true;
            }
        }
        let provider = |t: &str| t.split('_').next().unwrap_or(t).to_string();
        // Per provider: (resources, any of them checked).
        let mut by_provider: std::collections::BTreeMap<String, (usize, bool)> =
            std::collections::BTreeMap::new();
        for (i, inst) in instances.iter().enumerate() {
            if inst.mode != crate::model::Mode::Managed {
                continue;
            }
            let e = by_provider.entry(provider(&inst.rtype)).or_default();
            e.0 += 1;
            e.1 |= checked[i];
        }
        by_provider
            .into_iter()
            .filter(|(_, (_, any))| !any)
            .map(|(p, (n, _))| (crate::base::escape::control(&p).into_owned(), n))
            .collect()
    }

    /// The exit status the scan earns: errors, else active findings at or over the threshold.
    pub fn status(&self) -> Status {
        let policy = self.governance.policy.as_ref();
        let fail_on = policy.map_or(crate::config::FailOn::Low, |p| p.fail_on);
        let new_only = policy.is_some_and(|p| p.new_only);
        let has_findings = self.results.as_ref().is_some_and(|r| {
            r.findings.iter().any(|f| {
                f.is_active()
                    && fail_on.fails(f.severity)
                    && !(new_only && f.change.is_some_and(|c| !c.is_new()))
            })
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
    /// The configuration file's `exclude` entries when they are in effect (no `--exclude`
    /// flag replaced them): the report lists those accepted with a reason.
    pub exclusions: Vec<crate::config::Exclusion>,
    /// Time each rule (`--timings`): two clock reads per rule per root, skipped otherwise.
    pub time_rules: bool,
    /// `--new-only`: findings that held before a plan do not fail the run.
    pub new_only: bool,
    /// `tfgate drift`: report only drift findings.
    pub drift_only: bool,
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
            exclusions: Vec::new(),
            time_rules: false,
            new_only: false,
            drift_only: false,
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
    /// Foreign suppressions left to migrate (no reason field, or no check tfgate has).
    pub foreign_suppressions: crate::suppress::Foreign,
}
