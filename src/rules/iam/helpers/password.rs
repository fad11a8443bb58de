//! The account password policy (`aws_iam_account_password_policy`): numeric settings with
//! a bound. Booleans go through `rules::common::simple::check_bool`.

use crate::finding::remedy::{Remedy, Safety};
use crate::model::value::Value;
use crate::rules::Checker;
use crate::rules::common::simple::label;

pub const POLICY: &str = "aws_iam_account_password_policy";

/// Which side of the bound is good.
#[derive(Clone, Copy)]
pub enum Bound {
    /// At least this much (a length, a reuse count).
    AtLeast(f64),
    /// At most this much, and set (an age: unset means never).
    AtMost(f64),
}

/// Reports password policies whose `arg` is outside `bound`; `unset` says what an unset
/// argument means ("(default 6)", "passwords never expire"). The remedy sets the bound.
pub fn check_number(
    cx: &mut Checker,
    arg: &str,
    bound: Bound,
    unset: &str,
    problem: &str,
    safety: Safety,
) {
    let target = match bound {
        Bound::AtLeast(n) | Bound::AtMost(n) => n,
    };
    let remedy = || Remedy::set(safety, arg, &format!("{target}"));
    for (i, inst) in cx.resources(POLICY) {
        let v = inst.node().set(arg);
        let n = match v {
            None => {
                cx.report_fix(
                    i,
                    "",
                    format!("{} does not set `{arg}` ({unset}): {problem}", label(inst)),
                    remedy(),
                );
                continue;
            }
            Some(Value::Unknown(_)) => {
                cx.undecided(i);
                continue;
            }
            Some(v) => v.to_number(),
        };
        let bad = match (n, bound) {
            // AWS rejects a value that is not a number: nothing is applied.
            (None, _) => false,
            (Some(n), Bound::AtLeast(min)) => n < min,
            // 0 is "never expires" for the provider.
            (Some(n), Bound::AtMost(max)) => n <= 0.0 || n > max,
        };
        if bad {
            let shown = n.map(|n| format!("{n}")).unwrap_or_default();
            cx.report_fix(
                i,
                arg,
                format!("{} sets `{arg} = {shown}`: {problem}", label(inst)),
                remedy(),
            );
        } else {
            cx.pass(i);
        }
    }
}
