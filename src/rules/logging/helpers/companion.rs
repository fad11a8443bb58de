//! "This resource has a companion resource that turns its logging on": the shape of the
//! WAFv2, Route 53 and Network Firewall rules, judged through one [`Related`] index.

use super::related::{Related, keys};
use crate::model::Instance;
use crate::rules::Checker;
use crate::rules::common::simple::label;

/// Judges every subject of `rtype` the `applies` closure does not set apart (`Some(false)`:
/// passes, the concern does not apply; `None`: undecided): a certain companion passes, a
/// possible one leaves it undecided, none is a finding saying `missing`.
pub fn require(
    cx: &mut Checker,
    rtype: &str,
    index: &Related,
    name_args: &[&str],
    applies: impl Fn(&Instance) -> Option<bool>,
    missing: &str,
) {
    for (i, subject) in cx.resources(rtype) {
        match applies(subject) {
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
        let found = index.find(cx.links, subject, &keys(subject, name_args));
        if !found.certain.is_empty() {
            cx.pass(i);
        } else if found.maybe {
            cx.undecided(i);
        } else {
            cx.report(i, "", format!("{} {missing}", label(subject)));
        }
    }
}
