//! One setting of a data store judged against its provider default: a boolean that must
//! have one value, a number with a floor.

use super::label;
use crate::finding::remedy::{Remedy, Safety};
use crate::model::Instance;
use crate::model::access::{Flag, flag};
use crate::model::value::{Value, format_number};
use crate::rules::Checker;

/// Whether a resource is judged: `Some(true)` judge it, `Some(false)` pass it (the concern
/// does not apply), `None` undecided (whether it applies is unknown before apply).
pub type Applies = fn(&Instance) -> Option<bool>;

/// Every resource is judged.
pub fn always(_: &Instance) -> Option<bool> {
    Some(true)
}

/// Reports resources of `types` whose boolean `arg` is not `want` (`default` when unset).
pub fn require_bool(
    cx: &mut Checker,
    types: &[&str],
    arg: &str,
    want: bool,
    default: bool,
    problem: &str,
    applies: Applies,
) {
    require_bool_fix(cx, types, arg, want, default, problem, applies, None);
}

/// [`require_bool`], with a fix that sets `arg = want` when `fix` gives its safety.
#[expect(
    clippy::too_many_arguments,
    reason = "require_bool's arguments and the fix"
)]
pub fn require_bool_fix(
    cx: &mut Checker,
    types: &[&str],
    arg: &str,
    want: bool,
    default: bool,
    problem: &str,
    applies: Applies,
    fix: Option<Safety>,
) {
    let remedy = || fix.map(|safety| Remedy::set(safety, arg, if want { "true" } else { "false" }));
    for &t in types {
        for (i, inst) in cx.resources(t) {
            match applies(inst) {
                Some(true) => {}
                Some(false) => {
                    cx.pass(i);
                    continue;
                }
                None => {
                    cx.undecided(i);
                    continue;
                }
            }
            let actual = match flag(inst.node().get(arg)) {
                Flag::Unknown => {
                    cx.undecided(i);
                    continue;
                }
                Flag::True => true,
                Flag::False => false,
                Flag::Unset if default == want => {
                    cx.pass(i);
                    continue;
                }
                Flag::Unset => {
                    cx.report_maybe_fix(
                        i,
                        "",
                        format!(
                            "{} does not set `{arg}` (default {default}): {problem}",
                            label(inst)
                        ),
                        remedy(),
                    );
                    continue;
                }
            };
            if actual == want {
                cx.pass(i);
            } else {
                cx.report_maybe_fix(
                    i,
                    arg,
                    format!("{} sets `{arg} = {actual}`: {problem}", label(inst)),
                    remedy(),
                );
            }
        }
    }
}

/// What a value says about a number setting.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Num {
    Known(f64),
    /// Not set (null or absent): the provider default applies.
    Unset,
    Unknown,
}

/// Reads a number setting, converting `"7"` as Terraform does.
pub fn number(v: Option<&Value>) -> Num {
    match v {
        None | Some(Value::Null) => Num::Unset,
        Some(Value::Unknown(_)) => Num::Unknown,
        Some(other) => other.to_number().map_or(Num::Unknown, Num::Known),
    }
}

/// Reports resources of `types` whose number `arg` is below `min` (`default` when unset),
/// with a fix that sets `arg` to the number `fix` gives, with its safety.
#[expect(
    clippy::too_many_arguments,
    reason = "the setting, its bound and default, the message, the scope and the fix"
)]
pub fn require_at_least(
    cx: &mut Checker,
    types: &[&str],
    arg: &str,
    min: f64,
    default: f64,
    problem: &str,
    applies: Applies,
    fix: Option<(Safety, &str)>,
) {
    let remedy = || fix.map(|(safety, value)| Remedy::set(safety, arg, value));
    for &t in types {
        for (i, inst) in cx.resources(t) {
            match applies(inst) {
                Some(true) => {}
                Some(false) => {
                    cx.pass(i);
                    continue;
                }
                None => {
                    cx.undecided(i);
                    continue;
                }
            }
            match number(inst.node().get(arg)) {
                Num::Unknown => cx.undecided(i),
                Num::Known(n) if n >= min => cx.pass(i),
                Num::Known(n) => cx.report_maybe_fix(
                    i,
                    arg,
                    format!(
                        "{} sets `{arg} = {}`: {problem}",
                        label(inst),
                        format_number(n)
                    ),
                    remedy(),
                ),
                Num::Unset if default >= min => cx.pass(i),
                Num::Unset => cx.report_maybe_fix(
                    i,
                    "",
                    format!(
                        "{} does not set `{arg}` (default {}): {problem}",
                        label(inst),
                        format_number(default)
                    ),
                    remedy(),
                ),
            }
        }
    }
}
