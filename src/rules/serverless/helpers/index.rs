//! Indexes that relate two resource types, built once per rule run: which instances of one
//! type point at each instance of another through a reference argument.

use rustc_hash::FxHashMap as HashMap;

use crate::link::{Links, Target};
use crate::model::value::Value;

/// The instances of `from` types whose `arg` points at each instance of `to` types, and
/// whether some instance of `from` points at something unknown in a root (then a missing
/// link cannot be judged in that root).
#[derive(Default)]
pub struct Pointers {
    pub by_target: HashMap<usize, Vec<usize>>,
    pub unlinked_roots: Vec<String>,
}

impl Pointers {
    /// Builds the index: each instance of `from` types, its `arg` followed to `to` types.
    pub fn build(links: &Links<'_>, from: &[&str], arg: &str, to: &[&str]) -> Pointers {
        Pointers::build_named(links, from, arg, to, None)
    }

    /// [`Pointers::build`], where a known text also points at the instance of `to` types
    /// in the same root whose `name_arg` it equals (or, for an ARN, ends the ARN after a
    /// `:` or `/`): `function_name = "orders"` or a Lambda ARN names a function.
    pub fn build_named(
        links: &Links<'_>,
        from: &[&str],
        arg: &str,
        to: &[&str],
        name_arg: Option<&str>,
    ) -> Pointers {
        let mut names: HashMap<(&str, &str), Option<usize>> = HashMap::default();
        if let Some(name_arg) = name_arg {
            for &t in to {
                for &i in links.of_type(t) {
                    let inst = links.instance(i);
                    if let Some(n) = inst.node().get(name_arg).and_then(Value::as_str) {
                        // Two instances of one name: the text cannot tell them apart.
                        names
                            .entry((&*inst.root, n))
                            .and_modify(|e| *e = None)
                            .or_insert(Some(i));
                    }
                }
            }
        }
        let mut out = Pointers::default();
        for &t in from {
            for &i in links.of_type(t) {
                let inst = links.instance(i);
                let Some(v) = inst.node().get(arg) else {
                    continue;
                };
                for v in values(v) {
                    match links.resolve(inst, v, to) {
                        Target::Instance(target) => {
                            out.by_target.entry(target).or_default().push(i);
                        }
                        Target::Unknown => {
                            if !out.unlinked_roots.iter().any(|r| **r == *inst.root) {
                                out.unlinked_roots.push(inst.root.to_string());
                            }
                        }
                        Target::External => {
                            let Some(text) = v.as_str() else { continue };
                            let name = text.rsplit([':', '/']).next().unwrap_or(text);
                            let found = names
                                .get(&(&*inst.root, text))
                                .or_else(|| names.get(&(&*inst.root, name)));
                            if let Some(&Some(target)) = found {
                                out.by_target.entry(target).or_default().push(i);
                            }
                        }
                    }
                }
            }
        }
        out
    }

    /// The instances pointing at `target`.
    pub fn of(&self, target: usize) -> &[usize] {
        self.by_target.get(&target).map_or(&[], Vec::as_slice)
    }

    /// True when something in `root` points at a target unknown before apply.
    pub fn unlinked_in(&self, root: &str) -> bool {
        self.unlinked_roots.iter().any(|r| r == root)
    }
}

/// A value and, for a list, its elements.
fn values(v: &Value) -> Vec<&Value> {
    match v.as_seq() {
        Some(items) => items.iter().collect(),
        None => vec![v],
    }
}
