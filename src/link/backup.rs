//! The backup view: which resources the root's AWS Backup selections (`aws_backup_selection`)
//! cover, by reference, by ARN pattern (`arn:aws:ec2:*:*:volume/*`, `*`), by tag
//! (`selection_tag`) and through `condition`s and `not_resources`, so "this volume is in no
//! backup plan" is judged from one index built once per root.
//!
//! Matching follows AWS Backup: a resource is selected when `resources` or a `selection_tag`
//! selects it, and every `condition` holds, and `not_resources` does not name it. Every
//! answer is three-valued: what cannot be known before apply (a variable list of ARNs, tags
//! from a variable) is unknown, never a match nor a miss.

use rustc_hash::FxHashMap as HashMap;

use crate::model::value::{Unknown, Value};

use super::Links;

/// How a resource stands with the root's backup selections.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coverage {
    /// A selection surely selects it.
    Covered,
    /// A selection may select it (unknown before apply).
    Unknown,
    /// The root has selections and none selects it.
    NotCovered,
    /// The root has no backup selection.
    NoSelection,
}

/// The kind of resource an ARN pattern has to cover: service, the start of the resource part
/// and the argument that ends it when the configuration names it (`("ec2", "volume/", None)`,
/// `("rds", "cluster:", Some("cluster_identifier"))`).
pub type ArnKind = (&'static str, &'static str, Option<&'static str>);

/// One ARN of `resources` or `not_resources`.
#[derive(Clone, Debug)]
enum Arn {
    /// A reference to an instance of the root (`aws_ebs_volume.data.arn`).
    Instance(usize),
    /// A known string: `*` or an ARN, maybe with wildcards.
    Pattern(String),
    /// Unknown before apply, and not a reference.
    Unknown,
}

/// A tag test: a `selection_tag` or a `condition` entry.
#[derive(Clone, Debug)]
struct TagTest {
    key: String,
    value: Option<String>,
    like: bool,
    negated: bool,
}

#[derive(Clone, Debug)]
struct Selection {
    /// The selection's own `count`/`for_each` is unknown: it may not exist.
    maybe: bool,
    resources: Vec<Arn>,
    not_resources: Vec<Arn>,
    /// `selection_tag` blocks (ORed with `resources`); `None` in a list: unknown block.
    tags: Vec<Option<TagTest>>,
    /// `condition` entries (ANDed); `None`: unknown.
    conditions: Vec<Option<TagTest>>,
}

/// The backup selections of each root of a view.
#[derive(Debug, Default)]
pub struct BackupView {
    by_root: HashMap<String, Vec<Selection>>,
}

fn or(a: Option<bool>, b: Option<bool>) -> Option<bool> {
    match (a, b) {
        (Some(true), _) | (_, Some(true)) => Some(true),
        (Some(false), Some(false)) => Some(false),
        _ => None,
    }
}

fn and(a: Option<bool>, b: Option<bool>) -> Option<bool> {
    match (a, b) {
        (Some(false), _) | (_, Some(false)) => Some(false),
        (Some(true), Some(true)) => Some(true),
        _ => None,
    }
}

/// Three-valued OR over many: true when one is, unknown when none is and one is unknown.
fn any(values: impl IntoIterator<Item = Option<bool>>) -> Option<bool> {
    let mut out = Some(false);
    for v in values {
        out = or(out, v);
    }
    out
}

/// Three-valued AND over many: false when one is, unknown when none is and one is unknown.
fn all(values: impl IntoIterator<Item = Option<bool>>) -> Option<bool> {
    let mut out = Some(true);
    for v in values {
        out = and(out, v);
    }
    out
}

fn arns(links: &Links, from: &crate::model::Instance, v: Option<&Value>) -> Vec<Arn> {
    let one = |v: &Value| match v {
        Value::String(s) => Arn::Pattern(s.to_string()),
        Value::Unknown(Unknown::Attribute { resource, .. }) => links
            .by_address(from, resource)
            .map_or(Arn::Unknown, Arn::Instance),
        _ => Arn::Unknown,
    };
    match v {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::List(items) | Value::Set(items)) => items.iter().map(one).collect(),
        Some(other) => vec![one(other)],
    }
}

fn tag_test(node: crate::model::access::Node<'_>, like: bool, negated: bool) -> Option<TagTest> {
    let key = node.get("key")?.as_str()?;
    let key = key
        .strip_prefix("aws:ResourceTag/")
        .unwrap_or(key)
        .to_string();
    let value = match node.get("value") {
        Some(Value::String(s)) => Some(s.to_string()),
        _ => return None,
    };
    Some(TagTest {
        key,
        value,
        like,
        negated,
    })
}

/// Builds the view of the instances of `links` ([`Links::backup`]).
pub fn build(links: &Links) -> BackupView {
    let mut view = BackupView::default();
    for &i in links.of_type("aws_backup_selection") {
        let inst = links.instance(i);
        let node = inst.node();
        let tags = node
            .children("selection_tag")
            .into_iter()
            .map(|t| {
                let kind = t.get("type").and_then(Value::as_str);
                (kind == Some("STRINGEQUALS"))
                    .then(|| tag_test(t, false, false))
                    .flatten()
            })
            .collect();
        let mut conditions = Vec::new();
        for c in node.children("condition") {
            for (kind, like, negated) in [
                ("string_equals", false, false),
                ("string_like", true, false),
                ("string_not_equals", false, true),
                ("string_not_like", true, true),
            ] {
                for t in c.children(kind) {
                    conditions.push(tag_test(t, like, negated));
                }
            }
        }
        view.by_root
            .entry(inst.root.to_string())
            .or_default()
            .push(Selection {
                maybe: inst.keys_unknown(),
                resources: arns(links, inst, node.get("resources")),
                not_resources: arns(links, inst, node.get("not_resources")),
                tags,
                conditions,
            });
    }
    view
}

/// Whether an ARN selects instance `i` of kind `kind`.
fn arn_selects(arn: &Arn, i: usize, kind: ArnKind, name: Option<&str>) -> Option<bool> {
    match arn {
        Arn::Instance(j) => Some(*j == i),
        Arn::Unknown => None,
        Arn::Pattern(p) if p == "*" => Some(true),
        Arn::Pattern(p) => {
            let parts: Vec<&str> = p.splitn(6, ':').collect();
            let [_, _, service, _, _, resource] = parts.as_slice() else {
                return Some(false);
            };
            let service_ok = *service == "*" || service.eq_ignore_ascii_case(kind.0);
            // A wildcard over the whole kind, or the resource's own name where the ARN ends
            // in it (an RDS cluster's identifier); a computed id is never known.
            let resource_ok = *resource == "*"
                || *resource == format!("{}*", kind.1)
                || name.is_some_and(|n| *resource == format!("{}{n}", kind.1));
            Some(service_ok && resource_ok)
        }
    }
}

fn tag_holds(test: &TagTest, tags: Option<&Value>) -> Option<bool> {
    let value = match tags {
        None | Some(Value::Null) => None,
        Some(Value::Object(o)) => match o.fields.get(test.key.as_str()) {
            Some(Value::String(s)) => Some(s.to_string()),
            Some(Value::Unknown(_)) => return None,
            Some(_) | None => None,
        },
        Some(_) => return None,
    };
    let want = test.value.as_deref()?;
    let hit = value.is_some_and(|v| {
        if test.like {
            crate::base::wildcard::matches(want, &v, crate::base::wildcard::Syntax::STAR)
        } else {
            v == want
        }
    });
    Some(hit != test.negated)
}

impl BackupView {
    /// How instance `i` (an ARN of kind `kind`) stands with its root's selections.
    pub fn coverage(&self, links: &Links, i: usize, kind: ArnKind) -> Coverage {
        let inst = links.instance(i);
        let Some(selections) = self.by_root.get(&*inst.root) else {
            return Coverage::NoSelection;
        };
        let tags = inst.node().get("tags");
        let name = kind
            .2
            .and_then(|arg| inst.node().get(arg))
            .and_then(Value::as_str);
        let mut best = Coverage::NotCovered;
        for s in selections {
            let by_arn = any(s.resources.iter().map(|a| arn_selects(a, i, kind, name)));
            let by_tag = any(s
                .tags
                .iter()
                .map(|t| t.as_ref().and_then(|t| tag_holds(t, tags))));
            let conditions = all(s
                .conditions
                .iter()
                .map(|t| t.as_ref().and_then(|t| tag_holds(t, tags))));
            let excluded = any(s
                .not_resources
                .iter()
                .map(|a| arn_selects(a, i, kind, name)));
            let selected = and(and(or(by_arn, by_tag), conditions), excluded.map(|e| !e));
            match selected {
                Some(true) if !s.maybe => return Coverage::Covered,
                Some(true) | None => best = Coverage::Unknown,
                Some(false) => {}
            }
        }
        best
    }
}
