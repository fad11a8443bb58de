//! Shared by rules that require one setting of a resource (a flag on, a key set, a value
//! from an allowed list), possibly inside nested blocks.

use crate::base::wildcard;
use crate::finding::remedy::{Remedy, Safety};
use crate::model::Instance;
use crate::model::access::{Flag, Node, flag};
use crate::model::value::Value;
use crate::rules::Checker;
use crate::rules::common::simple::label;

/// What the setting must be.
#[derive(Clone, Copy)]
pub enum Expect {
    /// A boolean that must be true; `default` is the provider default when unset.
    True { default: bool },
    /// A non-empty string not in `forbidden` (AWS managed key aliases, ...).
    Set { forbidden: &'static [&'static str] },
    /// A string equal to one of `allowed` (an entry ending in `*` is a prefix); `default`
    /// applies when unset.
    OneOf {
        allowed: &'static [&'static str],
        default: Option<&'static str>,
    },
}

enum Verdict {
    Good,
    Bad(String),
    Unknown,
}

fn judge(v: Option<&Value>, expect: Expect, arg: &str) -> Verdict {
    match expect {
        Expect::True { default } => {
            let want = true;
            let actual = match flag(v) {
                Flag::Unknown => return Verdict::Unknown,
                Flag::True => true,
                Flag::False => false,
                Flag::Unset => {
                    return if default == want {
                        Verdict::Good
                    } else {
                        Verdict::Bad(format!("does not set `{arg}` (default {default})"))
                    };
                }
            };
            if actual == want {
                Verdict::Good
            } else {
                Verdict::Bad(format!("sets `{arg} = {actual}`"))
            }
        }
        Expect::Set { forbidden } => match v {
            Some(Value::Unknown(_)) => Verdict::Unknown,
            Some(Value::String(s)) if forbidden.contains(&&**s) => {
                Verdict::Bad(format!("sets `{arg}` to the AWS managed key \"{s}\""))
            }
            Some(Value::String(s)) if !s.is_empty() => Verdict::Good,
            Some(Value::Null) | None => Verdict::Bad(format!("does not set `{arg}`")),
            Some(Value::String(_)) => Verdict::Bad(format!("sets `{arg}` to an empty string")),
            Some(_) => Verdict::Good,
        },
        Expect::OneOf { allowed, default } => {
            let value = match v {
                Some(Value::Unknown(_)) => return Verdict::Unknown,
                Some(Value::String(s)) => s.to_string(),
                Some(Value::Null) | None => match default {
                    Some(d) => {
                        return if allowed.iter().any(|a| d.starts_with(a)) {
                            Verdict::Good
                        } else {
                            Verdict::Bad(format!("does not set `{arg}` (default \"{d}\")"))
                        };
                    }
                    None => return Verdict::Bad(format!("does not set `{arg}`")),
                },
                Some(other) => other.to_string(),
            };
            if allowed
                .iter()
                .any(|a| wildcard::matches(a, &value, wildcard::Syntax::STAR))
            {
                Verdict::Good
            } else {
                Verdict::Bad(format!("sets `{arg}` to \"{value}\""))
            }
        }
    }
}

/// Checks `path` (`block.block.arg`: blocks first, then the argument) on every resource of
/// `types`. Every nested block on the way is checked; a missing block counts as an unset
/// argument, reported on the resource, unless its name starts with `?` (an optional block:
/// no block, nothing to check) or `~` (no block means something outside the configuration,
/// such as the AMI, decides: undecided).
pub fn check(cx: &mut Checker, types: &[&str], path: &str, expect: Expect, problem: &str) {
    check_fix(cx, types, path, expect, problem, None);
}

/// [`check`], with a fix that sets the argument to `value` (HCL).
pub fn check_fix(
    cx: &mut Checker,
    types: &[&str],
    path: &str,
    expect: Expect,
    problem: &str,
    fix: Option<(Safety, &str)>,
) {
    check_fix_unless(cx, types, path, expect, problem, fix, |_| Some(false));
}

/// [`check`] for the resources `exempt` does not set apart: `Some(true)` passes the resource
/// (the concern does not apply to it), `None` leaves it undecided.
pub fn check_unless(
    cx: &mut Checker,
    types: &[&str],
    path: &str,
    expect: Expect,
    problem: &str,
    exempt: impl Fn(&Instance) -> Option<bool>,
) {
    check_fix_unless(cx, types, path, expect, problem, None, exempt);
}

fn check_fix_unless(
    cx: &mut Checker,
    types: &[&str],
    path: &str,
    expect: Expect,
    problem: &str,
    fix: Option<(Safety, &str)>,
    exempt: impl Fn(&Instance) -> Option<bool>,
) {
    let segments: Vec<&str> = path.split('.').collect();
    let (arg, raw_blocks) = segments
        .split_last()
        .map_or(("", &[][..]), |(a, b)| (*a, b));
    let optional = raw_blocks.iter().any(|b| b.starts_with('?'));
    let external = raw_blocks.iter().any(|b| b.starts_with('~'));
    let blocks: Vec<&str> = raw_blocks
        .iter()
        .map(|b| b.trim_start_matches(['?', '~']))
        .collect();
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
            let mut nodes: Vec<(String, Node)> = vec![(String::new(), inst.node())];
            for b in &blocks {
                nodes = nodes
                    .into_iter()
                    .flat_map(|(p, n)| {
                        n.children(b)
                            .into_iter()
                            .enumerate()
                            .map(move |(k, c)| {
                                (
                                    if p.is_empty() {
                                        format!("{b}[{k}]")
                                    } else {
                                        format!("{p}.{b}[{k}]")
                                    },
                                    c,
                                )
                            })
                            .collect::<Vec<_>>()
                    })
                    .collect();
            }
            if nodes.is_empty() && optional {
                cx.pass(i);
                continue;
            }
            if nodes.is_empty() && external {
                cx.undecided(i);
                continue;
            }
            if nodes.is_empty() {
                match judge(None, expect, arg) {
                    Verdict::Good => cx.pass(i),
                    Verdict::Unknown => cx.undecided(i),
                    Verdict::Bad(what) => {
                        let target: Vec<String> =
                            blocks.iter().map(|b| format!("{b}[0]")).collect();
                        let target = format!("{}.{arg}", target.join("."));
                        cx.report_maybe_fix(
                            i,
                            "",
                            format!(
                                "{} {what} (no `{}` block): {problem}",
                                label(inst),
                                blocks.join(".")
                            ),
                            fix.map(|(safety, value)| Remedy::set(safety, &target, value)),
                        )
                    }
                }
                continue;
            }
            let mut any = false;
            for (p, node) in nodes {
                let at = if p.is_empty() {
                    arg.to_string()
                } else {
                    format!("{p}.{arg}")
                };
                match judge(node.get(arg), expect, arg) {
                    Verdict::Good => {}
                    Verdict::Unknown => cx.undecided(i),
                    Verdict::Bad(what) => {
                        any = true;
                        let remedy = fix.map(|(safety, value)| Remedy::set(safety, &at, value));
                        let at = if node.get(arg).is_some_and(|v| !v.is_null()) {
                            at
                        } else {
                            p
                        };
                        cx.report_maybe_fix(
                            i,
                            &at,
                            format!("{} {what}: {problem}", label(inst)),
                            remedy,
                        );
                    }
                }
            }
            if !any {
                cx.pass(i);
            }
        }
    }
}
