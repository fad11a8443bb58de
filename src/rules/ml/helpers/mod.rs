//! Code several machine learning rules share: judging a KMS key argument (possibly inside
//! nested blocks) with the common key classifier.

use crate::model::access::Node;
use crate::rules::Checker;
use crate::rules::common::kms::{Key, key, no_key};
use crate::rules::common::simple::label;

/// Requires a customer managed key in `arg`, reached through the nested `blocks` (each the
/// first block of its kind), on every resource of `rtype`. A missing block is an unset key,
/// reported on the deepest block that exists (or the resource); an AWS managed key is a
/// finding; a key unknown before apply leaves the resource undecided. `problem` says what the
/// service uses instead.
pub fn require_cmk(cx: &mut Checker, rtype: &str, blocks: &[&str], arg: &str, problem: &str) {
    for (i, inst) in cx.resources(rtype) {
        let mut node: Node = inst.node();
        let mut at = String::new();
        let mut missing: Option<&str> = None;
        for b in blocks {
            match node.child(b) {
                Some(c) => {
                    node = c;
                    at = if at.is_empty() {
                        format!("{b}[0]")
                    } else {
                        format!("{at}.{b}[0]")
                    };
                }
                None => {
                    missing = Some(b);
                    break;
                }
            }
        }
        let full = |a: &str| {
            if at.is_empty() {
                a.to_string()
            } else {
                format!("{at}.{a}")
            }
        };
        let what = label(inst);
        // How a message names the argument: its blocks without indices.
        let shown = blocks
            .iter()
            .copied()
            .chain(std::iter::once(arg))
            .collect::<Vec<_>>()
            .join(".");
        if let Some(b) = missing {
            cx.report(
                i,
                &at,
                format!("{what} does not set `{shown}` (no `{b}` block): {problem}"),
            );
            continue;
        }
        let v = node.get(arg);
        match key(cx, inst, v) {
            Key::Customer => cx.pass(i),
            Key::Unknown => cx.undecided(i),
            Key::AwsManaged(k) => cx.report(
                i,
                &full(arg),
                format!("{what} sets `{shown}` to the AWS managed key \"{k}\": {problem}"),
            ),
            Key::Unset => {
                let path = match v {
                    Some(crate::model::value::Value::String(_)) => full(arg),
                    _ => at.clone(),
                };
                cx.report(i, &path, format!("{what} {}: {problem}", no_key(v, &shown)));
            }
        }
    }
}
