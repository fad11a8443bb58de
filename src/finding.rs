//! Findings: what a rule says about one resource instance, located in the source.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::base::span::Loc;
use crate::model::ModulePath;

/// How serious a finding is by default.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }
}

/// One finding. The rarely set parts are boxed: runs hold and sort many findings.
#[derive(Clone, Debug)]
pub struct Finding {
    /// Index of the rule in [`crate::rules::RULES`].
    pub rule: usize,
    /// Index of the instance in the workspace (none for findings about suppressions).
    pub instance: Option<usize>,
    /// The instance address.
    pub resource: String,
    /// The root module (or plan file) the instance belongs to.
    pub root: Arc<str>,
    /// What is wrong, with the evaluated value.
    pub message: String,
    /// The argument or block concerned, as a path from the resource (`ingress[0].cidr_blocks`);
    /// empty for the resource as a whole.
    pub path: String,
    /// Where to point: the argument, else the nearest enclosing block, else the resource.
    pub loc: Option<Loc>,
    pub module: Arc<ModulePath>,
    /// What the rule proposes.
    pub remedy: Option<Box<crate::fix::Remedy>>,
    /// The remedy placed in the source, once planned.
    pub fix: Option<Box<crate::fix::Fix>>,
    /// The rule's severity, or the configuration's override.
    pub severity: Severity,
    /// Why the finding does not count, when a suppression, the baseline or an exception
    /// covers it (it stays in every report).
    pub suppressed: Option<Box<crate::suppress::Suppression>>,
}

impl Finding {
    /// True when the finding counts: not suppressed.
    pub fn is_active(&self) -> bool {
        self.suppressed.is_none()
    }
}
