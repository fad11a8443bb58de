//! Shared by rules that judge one boolean argument of a resource.

use crate::finding::remedy::{Remedy, Safety};
use crate::model::Instance;
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::Checker;

/// How to name a resource in messages: its `name`, `identifier` or `bucket`, else its address.
pub fn label(inst: &Instance) -> String {
    for key in ["name", "identifier", "bucket"] {
        if let Some(n) = inst.node().get(key).and_then(Value::as_str) {
            return format!("{} `{n}`", inst.rtype);
        }
    }
    format!("`{}`", inst.address)
}

/// Reports resources of `types` whose `arg` is `bad` (an unset argument takes `default`).
pub fn check_bool(
    cx: &mut Checker,
    types: &[&str],
    arg: &str,
    bad: bool,
    default: bool,
    problem: &str,
    fix: Option<Safety>,
) {
    check_bool_unless(cx, types, arg, bad, default, problem, fix, |_| Some(false));
}

/// [`check_bool`] for the resources `exempt` does not set apart: `Some(true)` passes the
/// resource whatever `arg` says (the concern does not apply to it), `None` leaves it
/// undecided (whether it applies is unknown).
#[expect(
    clippy::too_many_arguments,
    reason = "check_bool's arguments and the exemption"
)]
pub fn check_bool_unless(
    cx: &mut Checker,
    types: &[&str],
    arg: &str,
    bad: bool,
    default: bool,
    problem: &str,
    fix: Option<Safety>,
    exempt: impl Fn(&Instance) -> Option<bool>,
) {
    let remedy = || fix.map(|safety| Remedy::set(safety, arg, if bad { "false" } else { "true" }));
    for &t in types {
        for (i, inst) in cx.resources(t) {
            match exempt(inst) {
                Some(true) => {
                    cx.pass(i);
                    continue;
                }
                None => {
                    cx.undecided(i);
                    continue;
                }
                Some(false) => {}
            }
            let value = match flag(inst.node().get(arg)) {
                Flag::Unknown => {
                    cx.undecided(i);
                    continue;
                }
                Flag::True => Some(true),
                Flag::False => Some(false),
                Flag::Unset => None,
            };
            match value {
                Some(v) if v == bad => cx.report_maybe_fix(
                    i,
                    arg,
                    format!("{} sets `{arg} = {v}`: {problem}", label(inst)),
                    remedy(),
                ),
                None if default == bad => cx.report_maybe_fix(
                    i,
                    "",
                    format!(
                        "{} does not set `{arg}` (default {default}): {problem}",
                        label(inst)
                    ),
                    remedy(),
                ),
                _ => cx.pass(i),
            }
        }
    }
}
