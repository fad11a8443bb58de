//! "The account lacks X": one judgement per root over the account view
//! (`link::account`), shared by the logging and IAM rules that ask for an account-level
//! control (a GuardDuty detector, a Config recorder, a password policy...).

use crate::link::account::{AccountView, Control};
use crate::rules::Checker;

/// Whether a root declares something, judged from its instances of some types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Presence {
    /// At least one instance surely exists (its `count`/`for_each` is known).
    Present,
    /// Only instances kept as one for an unknown `count`/`for_each`: they may not be created.
    Maybe,
    Absent,
}

/// The presence of `types` in the view's root, counting the instances `counts` accepts.
pub fn presence(
    cx: &Checker,
    view: &AccountView,
    types: &[&str],
    counts: impl Fn(usize) -> bool,
) -> Presence {
    let links = cx.links;
    let mut maybe = false;
    for t in types {
        for &i in links.in_root(&view.root, t) {
            if !counts(i) {
                continue;
            }
            if links.instance(i).keys_unknown() {
                maybe = true;
            } else {
                return Presence::Present;
            }
        }
    }
    if maybe {
        Presence::Maybe
    } else {
        Presence::Absent
    }
}

/// Judges, once per root with an AWS resource, whether the account has `control` through an
/// instance of `types`: passed when one exists; undecided when it may not be created, when
/// the team manages the control elsewhere (`[account] managed-elsewhere`) or when the root
/// may not be where the account is configured (no `provider "aws"` block, a module not
/// downloaded); else a finding at the root's `provider "aws"` block saying what is missing
/// (`missing`: "no GuardDuty detector (`aws_guardduty_detector`)") and what follows
/// (`consequence`).
pub fn check_lacks(
    cx: &mut Checker,
    control: Control,
    types: &[&str],
    missing: &str,
    consequence: &str,
) {
    let links = cx.links;
    for view in links.accounts() {
        match presence(cx, view, types, |_| true) {
            Presence::Present => cx.pass(view.anchor),
            Presence::Maybe => cx.undecided(view.anchor),
            Presence::Absent if !view.absence_decidable(control, links.account_context()) => {
                cx.undecided_elsewhere(view.anchor);
            }
            Presence::Absent => report_lacks(cx, view, control, missing, consequence),
        }
    }
}

/// Reports that the root's account lacks `control`, at its `provider "aws"` block.
pub fn report_lacks(
    cx: &mut Checker,
    view: &AccountView,
    control: Control,
    missing: &str,
    consequence: &str,
) {
    let root = if view.root.is_empty() {
        "."
    } else {
        &view.root
    };
    cx.report_located(
        view.anchor,
        view.provider,
        format!(
            "the AWS account of root `{root}` has {missing}: {consequence} (if another configuration provides it, declare it in `.tfgate.toml`: `[account] managed-elsewhere = [\"{}\"]`)",
            control.name()
        ),
    );
}
