//! Findings: what a rule says about one resource instance, located in the source, and the
//! data that travels with them: the [`remedy`] a rule proposes, the [`fix`] placed in the
//! source, the [`suppression`] that covers a finding, and per-resource [`outcome`]s. `fix/`,
//! `suppress/` and `report/` depend on this folder, never the reverse.

pub mod fix;
pub mod outcome;
pub mod remedy;
pub mod suppression;

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
    /// Index of the rule in the registry (`rules::RULES`).
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
    pub remedy: Option<Box<remedy::Remedy>>,
    /// The remedy placed in the source, once planned.
    pub fix: Option<Box<fix::Fix>>,
    /// The rule's severity, or the configuration's override.
    pub severity: Severity,
    /// Why the finding does not count, when a suppression, the baseline or an exception
    /// covers it (it stays in every report).
    pub suppressed: Option<Box<suppression::Suppression>>,
    /// On a plan: whether the change makes this finding (a weakening, a new resource) or it
    /// held before (existing). `None` without a plan.
    pub change: Option<Change>,
}

/// How a finding on a plan relates to what exists before the plan applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Change {
    /// The resource is created by the plan.
    NewResource,
    /// The resource passed the rule before the plan and fails it after.
    Weakening,
    /// The finding already held before the plan.
    Existing,
    /// Something changed outside Terraform (the plan's `resource_drift`) and now fails the
    /// rule, which the state Terraform recorded passed.
    Drift,
}

impl Change {
    /// The name reports use (`change` in JSON).
    pub fn as_str(self) -> &'static str {
        match self {
            Change::NewResource => "new-resource",
            Change::Weakening => "weakening",
            Change::Existing => "existing",
            Change::Drift => "drift",
        }
    }

    /// True when the plan brings the finding (what `--new-only` fails on).
    pub fn is_new(self) -> bool {
        match self {
            Change::NewResource | Change::Weakening | Change::Drift => true,
            Change::Existing => false,
        }
    }
}

impl Finding {
    /// True when the finding counts: not suppressed.
    pub fn is_active(&self) -> bool {
        self.suppressed.is_none()
    }
}

/// The order of findings in every report: root, resource address, rule, path, message, then
/// place in the source. Defined once, here.
pub fn order(a: &Finding, b: &Finding) -> std::cmp::Ordering {
    // Findings of one root share its name: equal without comparing the (long) paths.
    let root = if std::sync::Arc::ptr_eq(&a.root, &b.root) {
        std::cmp::Ordering::Equal
    } else {
        a.root.cmp(&b.root)
    };
    root.then_with(|| {
        (
            &a.resource,
            a.rule,
            &a.path,
            &a.message,
            a.loc.map(|l| (l.file, l.span.start)),
        )
            .cmp(&(
                &b.resource,
                b.rule,
                &b.path,
                &b.message,
                b.loc.map(|l| (l.file, l.span.start)),
            ))
    })
}

/// The order of the reports people read (text, Markdown, GitHub annotations): most severe
/// first, then by file (its displayed path) and place in it, findings without a location
/// after those with one, then [`order`]. A critical finding on line 785 comes before the
/// first low one.
pub fn severity_order(
    files: &crate::base::source::SourceFiles,
    a: &Finding,
    b: &Finding,
) -> std::cmp::Ordering {
    let place = |f: &Finding| match f.loc {
        Some(l) => (false, files.get(l.file).display.as_str(), l.span.start),
        None => (true, "", 0),
    };
    b.severity
        .cmp(&a.severity)
        .then_with(|| place(a).cmp(&place(b)))
        .then_with(|| order(a, b))
}

/// Sorts findings into report order ([`order`]): the one place findings are ordered, once
/// per run, after suppressions (`app::pipeline::check_with`).
pub fn sort(findings: &mut [Finding]) {
    if findings.is_sorted_by(|a, b| order(a, b).is_le()) {
        return;
    }
    // The same order as `findings.sort_by(order)`, but the roots and resource addresses are
    // ranked once, so the sort compares integers where `order` compares long strings (a
    // run with policies sorts tens of thousands of findings); `order` breaks the ties.
    fn rank<'f>(keys: impl Iterator<Item = &'f str>) -> Vec<u32> {
        let keys: Vec<&str> = keys.collect();
        let mut distinct: rustc_hash::FxHashMap<&str, u32> = Default::default();
        for k in &keys {
            distinct.entry(k).or_insert(0);
        }
        let mut names: Vec<&str> = distinct.keys().copied().collect();
        names.sort_unstable();
        for (n, name) in names.into_iter().enumerate() {
            distinct.insert(name, n as u32);
        }
        keys.iter().map(|k| distinct[k]).collect()
    }
    // A root is one shared name for all its findings: told apart by where it is held, then
    // the few distinct ones by their text (two copies of one name rank the same).
    let (roots, resources) = rayon::join(
        || {
            let mut held: rustc_hash::FxHashMap<*const u8, u32> = Default::default();
            let mut distinct: Vec<&str> = Vec::new();
            let at: Vec<u32> = findings
                .iter()
                .map(|f| {
                    *held.entry(f.root.as_ptr()).or_insert_with(|| {
                        distinct.push(&f.root);
                        distinct.len() as u32 - 1
                    })
                })
                .collect();
            let by_text = rank(distinct.iter().copied());
            at.into_iter()
                .map(|i| by_text[i as usize])
                .collect::<Vec<u32>>()
        },
        || rank(findings.iter().map(|f| f.resource.as_str())),
    );
    let mut perm: Vec<usize> = (0..findings.len()).collect();
    {
        use rayon::prelude::*;
        perm.par_sort_by(|&a, &b| {
            (roots[a], resources[a], findings[a].rule)
                .cmp(&(roots[b], resources[b], findings[b].rule))
                .then_with(|| order(&findings[a], &findings[b]))
        });
    }
    // Position `i` takes the finding at `perm[i]`: each cycle of the permutation by swaps.
    let mut placed = vec![false; findings.len()];
    for start in 0..findings.len() {
        let mut at = start;
        while !placed[at] {
            placed[at] = true;
            let from = perm[at];
            if from == start {
                break;
            }
            findings.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `sort` ranks roots and addresses to compare integers: the order is exactly
    /// `sort_by(order)`'s, ties (same root, address and rule) included.
    #[test]
    fn sort_gives_the_order_of_order() {
        let roots: Vec<Arc<str>> = ["/r/b", "/r/a", "/r/a/sub"]
            .iter()
            .map(|r| Arc::from(*r))
            .collect();
        let mut seed: u64 = 7;
        let mut next = |n: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((seed >> 33) % n) as usize
        };
        let mut findings = Vec::new();
        for k in 0..600 {
            findings.push(Finding {
                rule: next(4),
                instance: Some(k),
                resource: [
                    "aws_s3_bucket.a",
                    "aws_s3_bucket_policy.a",
                    "module.m.aws_vpc.v",
                ][next(3)]
                .to_string(),
                // The same root text in different allocations, as policies and rules make it.
                root: if next(2) == 0 {
                    roots[next(3)].clone()
                } else {
                    Arc::from(&*roots[next(3)])
                },
                message: format!("m{}", next(3)),
                path: ["", "tags", "acl"][next(3)].to_string(),
                loc: None,
                module: Arc::new(ModulePath::default()),
                remedy: None,
                fix: None,
                severity: crate::finding::Severity::Low,
                suppressed: None,
                change: None,
            });
        }
        let mut expected = findings.clone();
        expected.sort_by(order);
        sort(&mut findings);
        let key = |f: &Finding| {
            (
                f.root.to_string(),
                f.resource.clone(),
                f.rule,
                f.path.clone(),
                f.message.clone(),
                f.instance,
            )
        };
        let got: Vec<_> = findings.iter().map(key).collect();
        let want: Vec<_> = expected.iter().map(key).collect();
        assert_eq!(got, want);
    }
}
