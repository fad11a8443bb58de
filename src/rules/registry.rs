//! The one list of rules: the areas' lists, in this order. Order is the order of
//! `tfgate rules` and of findings of one resource; ids never change. A new area is one line
//! here (and its `mod` line in `rules/mod.rs`).

use super::Rule;

/// Every area's rules, in registry order.
const AREAS: &[&[&Rule]] = &[
    super::network::RULES,
    super::s3::RULES,
    super::cloudtrail::RULES,
    super::encryption::RULES,
    super::iam::RULES,
    super::secrets::RULES,
    super::logging::RULES,
    super::database::RULES,
    super::containers::RULES,
    super::serverless::RULES,
    super::compute::RULES,
    super::ml::RULES,
    super::governance::RULES,
];

const COUNT: usize = {
    let mut n = 0;
    let mut a = 0;
    while a < AREAS.len() {
        n += AREAS[a].len();
        a += 1;
    }
    n
};

/// The built-in rules, in registry order.
pub static BUILTIN: &[&Rule] = &{
    let mut all: [&Rule; COUNT] = [AREAS[0][0]; COUNT];
    let (mut n, mut a) = (0, 0);
    while a < AREAS.len() {
        let mut i = 0;
        while i < AREAS[a].len() {
            all[n] = AREAS[a][i];
            n += 1;
            i += 1;
        }
        a += 1;
    }
    all
};

/// The rules of this run: the built-in ones, then the team's own policies once
/// [`register_policies`] added them. A rule's index here is its id inside a run
/// ([`crate::finding::Finding::rule`]). Dereferences to a slice, so it reads like one.
pub static RULES: Registry = Registry;

/// The built-in rules followed by the registered policies (set once per process).
static ALL: std::sync::OnceLock<Vec<&'static Rule>> = std::sync::OnceLock::new();

/// The rule list of a run; see [`RULES`].
#[derive(Clone, Copy, Debug)]
pub struct Registry;

impl std::ops::Deref for Registry {
    type Target = [&'static Rule];

    fn deref(&self) -> &[&'static Rule] {
        ALL.get().map_or(BUILTIN, Vec::as_slice)
    }
}

impl IntoIterator for Registry {
    type Item = &'static &'static Rule;
    type IntoIter = std::slice::Iter<'static, &'static Rule>;

    fn into_iter(self) -> Self::IntoIter {
        ALL.get().map_or(BUILTIN, Vec::as_slice).iter()
    }
}

/// Adds the team's policies (`tfpolicy`) after the built-in rules, once per process, before
/// anything reads [`RULES`] for the run; returns the index of the first. A second call is
/// refused: indices already handed out must not change.
pub fn register_policies(policies: Vec<&'static Rule>) -> Result<usize, &'static str> {
    let mut all = BUILTIN.to_vec();
    all.extend(policies);
    ALL.set(all)
        .map(|()| BUILTIN.len())
        .map_err(|_| "policies are registered once per run")
}
