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

/// Every rule of the baseline. A rule's index here is its id inside a run
/// ([`crate::finding::Finding::rule`]).
pub static RULES: &[&Rule] = &{
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
