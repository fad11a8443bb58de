//! One reported finding per rule and source location: a module called fifteen times makes
//! fifteen findings of one rule on one line of code (one per instance), and every report
//! shows them as one entry listing the instances it applies to. The findings themselves stay
//! per instance (suppressions, exceptions, the baseline and `--fail-on` judge each instance,
//! and the evidence record lists each); grouping happens here, when a report is written.
//!
//! Findings group when they share the rule, the location and the suppression state: the
//! instances of a location that an exception or baseline entry covers make a suppressed
//! group of their own, and the rest stay an active finding. A finding without a location
//! (a plan-only instance) groups with nothing, and findings about suppression comments (no
//! resource) only with findings of the same message.

use crate::base::span::Loc;
use crate::finding::Finding;
use crate::finding::fix::Fix;
use crate::model::Mode;
use crate::scan::Scan;

/// Instances named in a one-line list before "and N more".
pub const SHOWN_INSTANCES: usize = 3;

/// The findings of one rule at one source location with one suppression state.
pub struct Group<'a> {
    /// In natural order of their addresses (`[2]` before `[10]`), then report order; never
    /// empty.
    pub members: Vec<&'a Finding>,
}

impl<'a> Group<'a> {
    /// The first member, which stands for the group where one value is shown.
    pub fn first(&self) -> &'a Finding {
        self.members[0]
    }

    pub fn is_active(&self) -> bool {
        self.first().is_active()
    }

    /// The message shown for the group: the first member's, where a group of several
    /// instances names the resource block ([`Group::block_address`]) in place of the
    /// instance's own address.
    pub fn message(&self, scan: &Scan) -> std::borrow::Cow<'a, str> {
        let f = self.first();
        if self.several_addresses() {
            general_message(f, &self.block_address(scan))
        } else {
            std::borrow::Cow::Borrowed(&f.message)
        }
    }

    /// True when the members' messages differ beyond their addresses (evaluated values per
    /// instance).
    pub fn messages_differ(&self, scan: &Scan) -> bool {
        let block = self.block_address(scan);
        let first = general_message(self.first(), &block);
        self.members
            .iter()
            .any(|f| general_message(f, &block) != first)
    }

    /// The first fix among the members: members at one location are fixed by the same
    /// edits, which the fix loop applies once.
    pub fn fix(&self) -> Option<&'a Fix> {
        self.members.iter().find_map(|f| f.fix.as_deref())
    }

    /// The distinct resource addresses, in order (a resource twice at one location, through
    /// a `dynamic` block, counts once).
    pub fn addresses(&self) -> Vec<&'a str> {
        let mut seen = rustc_hash::FxHashSet::default();
        self.members
            .iter()
            .map(|f| f.resource.as_str())
            .filter(|a| seen.insert(*a))
            .collect()
    }

    /// True when the members name more than one resource address ([`Group::addresses`]
    /// has more than one entry), without collecting them.
    pub fn several_addresses(&self) -> bool {
        let first = &self.first().resource;
        self.members.iter().any(|f| &f.resource != first)
    }

    /// "applies to 15 instances: a, b, c and 12 more", or `None` for one instance.
    pub fn applies_to(&self) -> Option<String> {
        let addresses = self.addresses();
        (addresses.len() > 1).then(|| {
            let shown = addresses[..addresses.len().min(SHOWN_INSTANCES)].join(", ");
            let more = addresses.len().saturating_sub(SHOWN_INSTANCES);
            format!(
                "applies to {} instances: {shown}{}",
                addresses.len(),
                if more > 0 {
                    format!(" and {more} more")
                } else {
                    String::new()
                }
            )
        })
    }

    /// The module calls that lead to the location, without instance keys, each once:
    /// `(module.a.module.b, the innermost call's location)`.
    pub fn calls(&self) -> Vec<(String, Option<Loc>)> {
        let mut out: Vec<(String, Option<Loc>)> = Vec::new();
        for f in &self.members {
            let mut name = String::new();
            for frame in &f.module.0 {
                if !name.is_empty() {
                    name.push('.');
                }
                name.push_str("module.");
                name.push_str(&crate::base::escape::control(&frame.name));
                let call = (name.clone(), frame.call);
                if !out.contains(&call) {
                    out.push(call);
                }
            }
        }
        out
    }

    /// The resource block the members are instances of: its address without instance keys
    /// when one module path reaches it (`module.web.aws_security_group.this`), else its type
    /// and name (`aws_security_group.this`: several module calls reach the file); the first
    /// member's address for findings without an instance.
    pub fn block_address(&self, scan: &Scan) -> String {
        let first = self.first();
        if self
            .members
            .iter()
            .all(|f| same_config_address(scan, first, f))
        {
            config_address(scan, first)
        } else {
            block_name(scan, first)
        }
    }
}

/// A finding's resource block address without module or instance keys, or its address.
fn config_address(scan: &Scan, f: &Finding) -> String {
    match f.instance.and_then(|i| scan.workspace.instances.get(i)) {
        Some(inst) => instance_config_address(inst),
        None => f.resource.clone(),
    }
}

/// True when two findings have the same [`config_address`], compared without building it.
fn same_config_address(scan: &Scan, a: &Finding, b: &Finding) -> bool {
    let inst = |f: &Finding| f.instance.and_then(|i| scan.workspace.instances.get(i));
    match (inst(a), inst(b)) {
        (Some(x), Some(y)) => {
            x.mode == y.mode
                && x.rtype == y.rtype
                && x.name == y.name
                && x.module.0.len() == y.module.0.len()
                && x.module
                    .0
                    .iter()
                    .zip(&y.module.0)
                    .all(|(p, q)| p.name == q.name)
        }
        (None, None) => a.resource == b.resource,
        _ => config_address(scan, a) == config_address(scan, b),
    }
}

/// An instance's resource block address without module or instance keys
/// (`module.web.aws_security_group.this`).
pub fn instance_config_address(inst: &crate::model::Instance) -> String {
    let mut out = String::new();
    for frame in &inst.module.0 {
        out.push_str("module.");
        out.push_str(&frame.name);
        out.push('.');
    }
    if inst.mode == Mode::Data {
        out.push_str("data.");
    }
    out.push_str(&inst.rtype);
    out.push('.');
    out.push_str(&inst.name);
    // Labels come from the scanned files: escaped as addresses are.
    crate::base::escape::control(&out).into_owned()
}

/// A finding's message with its own address replaced by its resource block's.
fn general_message<'a>(f: &'a Finding, block: &str) -> std::borrow::Cow<'a, str> {
    if f.resource.is_empty() || !f.message.contains(&f.resource) {
        return std::borrow::Cow::Borrowed(&f.message);
    }
    std::borrow::Cow::Owned(f.message.replace(&f.resource, block))
}

/// What identifies the resource block of a finding in its file, for fingerprints: its type
/// and name (`aws_security_group.this`, `data.aws_iam_policy_document.p`), whichever module
/// call reaches it; without a location, the whole address.
pub fn block_name(scan: &Scan, f: &Finding) -> String {
    match f.instance.and_then(|i| scan.workspace.instances.get(i)) {
        Some(inst) if f.loc.is_some() => {
            let data = if inst.mode == Mode::Data { "data." } else { "" };
            crate::base::escape::control(&format!("{data}{}.{}", inst.rtype, inst.name))
                .into_owned()
        }
        _ => f.resource.clone(),
    }
}

/// What findings must share to be one entry.
#[derive(Hash, PartialEq, Eq)]
struct Key<'a> {
    rule: usize,
    loc: Option<(u32, u32, u32)>,
    /// Without a location: the finding itself; without a resource: its message.
    alone: Option<(&'a str, &'a str, &'a str, &'a str)>,
    /// Kind, source and reason of the suppression, if any.
    suppressed: Option<(&'static str, &'a str, Option<&'a str>)>,
    /// On a plan: a weakening and a finding that held before are not one finding.
    change: Option<crate::finding::Change>,
}

fn key(f: &Finding) -> Key<'_> {
    let alone = match (f.loc, f.instance) {
        (None, _) => Some((
            &*f.root,
            f.resource.as_str(),
            f.path.as_str(),
            f.message.as_str(),
        )),
        (Some(_), None) => Some(("", "", "", f.message.as_str())),
        (Some(_), Some(_)) => None,
    };
    Key {
        rule: f.rule,
        loc: f.loc.map(|l| (l.file.0, l.span.start, l.span.end)),
        alone,
        suppressed: f
            .suppressed
            .as_deref()
            .map(|s| (s.kind.as_str(), s.source.as_str(), s.reason.as_deref())),
        change: f.change,
    }
}

/// Groups findings (in report order) by rule, location and suppression state; the groups
/// come in the order of their first members.
pub fn group<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> Vec<Group<'a>> {
    let mut index: rustc_hash::FxHashMap<Key<'a>, usize> = Default::default();
    let mut groups: Vec<Group<'a>> = Vec::new();
    for f in findings {
        let n = *index.entry(key(f)).or_insert_with(|| {
            groups.push(Group {
                members: Vec::new(),
            });
            groups.len() - 1
        });
        groups[n].members.push(f);
    }
    // Instances in natural order (`[2]` before `[10]`), as people count them; each group on
    // its own (comparing long addresses is most of the grouping).
    {
        use rayon::prelude::*;
        groups.par_iter_mut().for_each(|g| {
            g.members.sort_by(|a, b| {
                natural(&a.resource, &b.resource).then_with(|| crate::finding::order(a, b))
            });
        });
    }
    groups
}

/// Compares text with runs of digits compared as numbers.
fn natural(a: &str, b: &str) -> std::cmp::Ordering {
    let (mut a, mut b) = (a.as_bytes(), b.as_bytes());
    loop {
        match (a.first(), b.first()) {
            (None, None) => return std::cmp::Ordering::Equal,
            (None, Some(_)) => return std::cmp::Ordering::Less,
            (Some(_), None) => return std::cmp::Ordering::Greater,
            (Some(x), Some(y)) if x.is_ascii_digit() && y.is_ascii_digit() => {
                let run = |s: &[u8]| s.iter().take_while(|c| c.is_ascii_digit()).count();
                let (da, db) = (run(a), run(b));
                let (na, nb) = (&a[..da], &b[..db]);
                let strip = |s: &[u8]| -> usize { s.iter().take_while(|c| **c == b'0').count() };
                let (ta, tb) = (&na[strip(na)..], &nb[strip(nb)..]);
                let order = ta
                    .len()
                    .cmp(&tb.len())
                    .then_with(|| ta.cmp(tb))
                    .then_with(|| da.cmp(&db));
                if order.is_ne() {
                    return order;
                }
                a = &a[da..];
                b = &b[db..];
            }
            (Some(x), Some(y)) => {
                if x != y {
                    return x.cmp(y);
                }
                a = &a[1..];
                b = &b[1..];
            }
        }
    }
}

/// The groups of a scan's findings (none before the rules ran).
pub fn of_scan(scan: &Scan) -> Vec<Group<'_>> {
    scan.results
        .as_ref()
        .map_or_else(Vec::new, |r| group(&r.findings))
}

/// The groups for people (text, Markdown, annotations): active ones, most severe first,
/// then by file and line (`finding::severity_order` on their first members).
pub fn active_by_severity(scan: &Scan) -> Vec<Group<'_>> {
    let mut groups: Vec<Group<'_>> = of_scan(scan).into_iter().filter(Group::is_active).collect();
    groups.sort_by(|a, b| crate::finding::severity_order(&scan.loaded.files, a.first(), b.first()));
    groups
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::base::span::{FileId, Span};
    use crate::finding::Severity;
    use crate::finding::suppression::{Kind, Suppression};

    fn finding(
        rule: usize,
        at: Option<u32>,
        resource: &str,
        message: &str,
        suppressed: Option<&str>,
    ) -> Finding {
        Finding {
            rule,
            instance: (!resource.is_empty()).then_some(0),
            resource: resource.to_string(),
            root: Arc::from("."),
            message: message.to_string(),
            path: String::new(),
            loc: at.map(|start| Loc {
                file: FileId(0),
                span: Span {
                    start,
                    end: start + 1,
                },
            }),
            module: Arc::default(),
            remedy: None,
            fix: None,
            severity: Severity::High,
            suppressed: suppressed.map(|source| {
                Box::new(Suppression {
                    kind: Kind::Exception,
                    reason: Some("r".into()),
                    expires: None,
                    approved_by: None,
                    ticket: None,
                    source: source.to_string(),
                })
            }),
            change: None,
        }
    }

    /// Each case: the findings, then the members per group, in order.
    #[test]
    fn findings_group_by_rule_location_and_suppression() {
        let cases: Vec<(Vec<Finding>, Vec<usize>)> = vec![
            // Three instances of one line: one group.
            (
                vec![
                    finding(1, Some(5), "m[0].r", "a", None),
                    finding(1, Some(5), "m[1].r", "b", None),
                    finding(1, Some(5), "m[2].r", "c", None),
                ],
                vec![3],
            ),
            // Another rule or another place: another group.
            (
                vec![
                    finding(1, Some(5), "m[0].r", "a", None),
                    finding(2, Some(5), "m[0].r", "a", None),
                    finding(1, Some(9), "m[0].r", "a", None),
                ],
                vec![1, 1, 1],
            ),
            // An excepted instance is a group of its own; the rest stay together.
            (
                vec![
                    finding(1, Some(5), "m[0].r", "a", None),
                    finding(1, Some(5), "m[1].r", "a", Some("exceptions.toml 1")),
                    finding(1, Some(5), "m[2].r", "a", None),
                ],
                vec![2, 1],
            ),
            // Without a location, findings never group.
            (
                vec![
                    finding(1, None, "plan.r[0]", "a", None),
                    finding(1, None, "plan.r[1]", "a", None),
                ],
                vec![1, 1],
            ),
            // Findings about comments group only with the same message.
            (
                vec![
                    finding(3, Some(5), "", "names `x`", None),
                    finding(3, Some(5), "", "names `y`", None),
                    finding(3, Some(5), "", "names `x`", None),
                ],
                vec![2, 1],
            ),
        ];
        for (n, (findings, want)) in cases.iter().enumerate() {
            let got: Vec<usize> = group(findings).iter().map(|g| g.members.len()).collect();
            assert_eq!(&got, want, "case {n}");
        }
    }

    #[test]
    fn natural_order() {
        use std::cmp::Ordering::*;
        for (a, b, want) in [
            ("m[2].r", "m[10].r", Less),
            ("m[10].r", "m[9].r", Greater),
            ("m[02].r", "m[2].r", Greater),
            ("m[\"a\"].r", "m[\"b\"].r", Less),
            ("m[1].r", "m[1].r", Equal),
            ("m[1]", "m[1].r", Less),
        ] {
            assert_eq!(natural(a, b), want, "{a} {b}");
        }
    }

    #[test]
    fn instances_are_named_then_counted() {
        let findings: Vec<Finding> = (0..15)
            .map(|i| finding(1, Some(5), &format!("module.a[{i}].r"), "m", None))
            .collect();
        let groups = group(&findings);
        assert_eq!(
            groups[0].applies_to().as_deref(),
            Some(
                "applies to 15 instances: module.a[0].r, module.a[1].r, module.a[2].r and 12 more"
            )
        );
        assert_eq!(group(&findings[..1])[0].applies_to(), None);
    }
}
