//! How each resource came out under each rule (passed, failed, undecided) and everything a
//! run of the rules produced ([`RuleResults`]): read by suppressions (a suppression of an
//! undecided resource is not unused), the reports and the evidence.

use super::Finding;

/// What happened to one resource under one rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    Passed,
    Undecided,
    Failed,
}

/// Per rule: which resources were checked and how each came out.
#[derive(Clone, Debug, Default)]
pub struct RuleStats {
    /// By instance index: a vector, as a rule checks each resource once or a few times and
    /// the whole set is read only in order. `Checker::record` pushes outcomes as they come;
    /// once settled at the end of a rule run it is sorted, one entry per instance.
    outcomes: Vec<(usize, Outcome)>,
    /// The instances recorded undecided because the account may be configured elsewhere
    /// (`Checker::undecided_elsewhere`), not for a value unknown before apply; sorted and
    /// deduplicated when settled. Read only where the settled outcome is undecided.
    elsewhere: Vec<usize>,
}

impl RuleStats {
    /// Records how an instance came out (several records of one instance are settled into
    /// the worst by [`RuleStats::settle`]).
    pub fn record(&mut self, instance: usize, outcome: Outcome) {
        self.outcomes.push((instance, outcome));
    }

    /// Records an instance undecided because the account may be configured elsewhere.
    pub fn record_elsewhere(&mut self, instance: usize) {
        self.outcomes.push((instance, Outcome::Undecided));
        self.elsewhere.push(instance);
    }

    /// Whether an instance was undecided because the account may be configured elsewhere
    /// rather than for a value unknown before apply (meaningful once settled, for an
    /// instance whose outcome is undecided).
    pub fn elsewhere(&self, instance: usize) -> bool {
        self.elsewhere.binary_search(&instance).is_ok()
    }

    /// The undecided instances, split: (for values unknown before apply, because the account
    /// may be configured elsewhere).
    pub fn undecided_split(&self) -> (usize, usize) {
        let mut split = (0, 0);
        for &(i, o) in &self.outcomes {
            if o == Outcome::Undecided {
                if self.elsewhere(i) {
                    split.1 += 1;
                } else {
                    split.0 += 1;
                }
            }
        }
        split
    }

    pub fn count(&self, outcome: Outcome) -> usize {
        self.outcomes.iter().filter(|(_, o)| *o == outcome).count()
    }

    pub fn checked(&self) -> usize {
        self.outcomes.len()
    }

    /// Each checked instance and how it came out, in instance order.
    pub fn outcomes(&self) -> impl Iterator<Item = (usize, Outcome)> + '_ {
        self.outcomes.iter().copied()
    }

    /// Sorts the outcomes recorded in one run of a rule and keeps one per instance, the
    /// worst: an instance that failed anywhere failed.
    pub fn settle(&mut self) {
        self.outcomes
            .sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        self.outcomes.dedup_by_key(|(i, _)| *i);
        self.elsewhere.sort_unstable();
        self.elsewhere.dedup();
    }

    /// Takes another run's outcomes as they are: [`RuleStats::settle`] once when all are in.
    pub fn absorb(&mut self, other: &mut RuleStats) {
        self.outcomes.append(&mut other.outcomes);
        self.elsewhere.append(&mut other.elsewhere);
    }

    /// Adds a later run's outcomes; runs over later roots keep the vector sorted.
    pub fn append(&mut self, other: &mut RuleStats) {
        let sorted = match (self.outcomes.last(), other.outcomes.first()) {
            (Some(last), Some(first)) => last.0 < first.0,
            _ => true,
        };
        self.outcomes.append(&mut other.outcomes);
        let elsewhere_sorted = match (self.elsewhere.last(), other.elsewhere.first()) {
            (Some(last), Some(first)) => last < first,
            _ => true,
        };
        self.elsewhere.append(&mut other.elsewhere);
        if !sorted || !elsewhere_sorted {
            self.settle();
        }
    }
}

/// Everything the rules produced.
pub struct RuleResults {
    pub findings: Vec<Finding>,
    /// Per rule index.
    pub stats: Vec<RuleStats>,
    /// Per rule index: time spent in its check, summed over the threads that ran it; measured
    /// only for `--timings` (zero otherwise).
    pub times: Vec<std::time::Duration>,
}

impl RuleResults {
    /// The (rule, instance) pairs with at least one active (not suppressed) finding: found
    /// once, so reports that tell failed from accepted outcomes look each one up.
    pub fn active_pairs(&self) -> std::collections::HashSet<(usize, usize)> {
        self.findings
            .iter()
            .filter(|f| f.is_active())
            .filter_map(|f| f.instance.map(|i| (f.rule, i)))
            .collect()
    }

    /// No findings, and empty statistics for `rules` rules.
    pub fn empty(rules: usize) -> RuleResults {
        RuleResults {
            findings: Vec::new(),
            stats: vec![RuleStats::default(); rules],
            times: vec![std::time::Duration::ZERO; rules],
        }
    }

    /// Drops duplicate findings (the same rule, resource, root, path and message), keeping
    /// the first reported. The order stays the rules' own: report order is set once, by
    /// [`super::sort`], after suppressions (which change messages and add findings).
    pub fn finish(mut self) -> RuleResults {
        let keep: Vec<bool> = {
            let mut seen = std::collections::HashSet::with_capacity(self.findings.len());
            self.findings
                .iter()
                .map(|f| seen.insert((f.rule, &*f.root, &f.resource, &f.path, &f.message)))
                .collect()
        };
        let mut keep = keep.into_iter();
        self.findings.retain(|_| keep.next().unwrap_or(true));
        self
    }
}

#[cfg(test)]
mod tests {
    use super::{Outcome, RuleStats};

    fn stats(outcomes: &[(usize, Outcome)]) -> RuleStats {
        RuleStats {
            outcomes: outcomes.to_vec(),
            elsewhere: Vec::new(),
        }
    }

    #[test]
    fn an_instance_keeps_its_worst_outcome() {
        let mut s = stats(&[
            (7, Outcome::Passed),
            (2, Outcome::Failed),
            (7, Outcome::Failed),
            (2, Outcome::Passed),
            (4, Outcome::Undecided),
            (4, Outcome::Passed),
        ]);
        s.settle();
        let got: Vec<_> = s.outcomes().collect();
        assert_eq!(
            got,
            [
                (2, Outcome::Failed),
                (4, Outcome::Undecided),
                (7, Outcome::Failed)
            ]
        );
        assert_eq!(s.checked(), 3);
        assert_eq!(s.count(Outcome::Failed), 2);
    }

    #[test]
    fn appending_out_of_order_still_sorts_and_merges() {
        let mut total = stats(&[(1, Outcome::Passed), (5, Outcome::Passed)]);
        // Later roots: in order, so appended as they are.
        total.append(&mut stats(&[(6, Outcome::Undecided)]));
        assert_eq!(total.checked(), 3);
        // Not after the last: sorted again, and instance 5 keeps its worst outcome.
        total.append(&mut stats(&[(3, Outcome::Passed), (5, Outcome::Failed)]));
        let got: Vec<_> = total.outcomes().collect();
        assert_eq!(
            got,
            [
                (1, Outcome::Passed),
                (3, Outcome::Passed),
                (5, Outcome::Failed),
                (6, Outcome::Undecided)
            ]
        );
    }

    #[test]
    fn undecided_instances_keep_why() {
        let mut s = stats(&[(1, Outcome::Undecided), (4, Outcome::Failed)]);
        s.record_elsewhere(3);
        s.record_elsewhere(4);
        s.settle();
        // 4 failed elsewhere in the run: it is no undecided instance of either kind.
        assert_eq!(s.undecided_split(), (1, 1));
        assert!(s.elsewhere(3) && !s.elsewhere(1));
        let mut later = RuleStats::default();
        later.record_elsewhere(2);
        later.settle();
        s.append(&mut later);
        assert_eq!(s.undecided_split(), (1, 2));
        assert!(s.elsewhere(2));
    }
}
