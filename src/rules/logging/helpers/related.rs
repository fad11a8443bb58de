//! Companion resources that enable logging for another resource (a WAFv2 web ACL's
//! `aws_wafv2_web_acl_logging_configuration`, a hosted zone's `aws_route53_query_log`, an API
//! Gateway stage's `aws_api_gateway_method_settings`), linked through one index built per
//! rule run: each companion's pointer becomes keys, each subject looks its own keys up.
//!
//! A pointer is keyed by the resource it references (`ref:<address>`, whatever attribute it
//! reads) or by a known name (`name:<text>`). A companion whose pointer is unknown before
//! apply and not traceable to a resource of the configuration could point at any subject of
//! its root: a subject without a certain companion is then undecided, never a finding.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::link::Links;
use crate::model::value::{Unknown, Value};
use crate::model::{Instance, Mode, Origin};

/// How a companion's pointer value reads.
pub enum Key {
    /// One key that names a subject (`ref:aws_wafv2_web_acl.main`, `name:main`).
    Known(String),
    /// Unknown before apply, and not traceable to a resource of the configuration.
    Unknown,
    /// Known to name nothing a subject can be (a data source, a resource of another type).
    Elsewhere,
}

/// The key of a reference: `ref:<address>` for a managed resource of `types` in the
/// companion's root, [`Key::Elsewhere`] for a data source or another type, [`Key::Unknown`]
/// for anything else unknown. A known string is given to `name` (which may return `None`:
/// it names nothing here).
pub fn key_of(
    links: &Links,
    from: &Instance,
    value: Option<&Value>,
    types: &[&str],
    name: impl Fn(&str) -> Option<String>,
) -> Key {
    match value {
        Some(Value::Unknown(Unknown::Attribute { resource, .. })) => {
            match links.by_address(from, resource) {
                Some(i) => {
                    let target = links.instance(i);
                    if target.mode == Mode::Managed && types.contains(&target.rtype.as_str()) {
                        Key::Known(format!("ref:{resource}"))
                    } else {
                        Key::Elsewhere
                    }
                }
                None => Key::Unknown,
            }
        }
        Some(Value::String(s)) => match name(s) {
            Some(n) => Key::Known(format!("name:{n}")),
            None => Key::Elsewhere,
        },
        Some(Value::Null) => Key::Elsewhere,
        // Absent from a plan: known only after apply. Absent from the configuration: the
        // required pointer is missing, so it points nowhere.
        None => match from.origin {
            Origin::Plan(_) => Key::Unknown,
            Origin::Config => Key::Elsewhere,
        },
        Some(_) => Key::Unknown,
    }
}

/// Companions indexed by the keys of what they point at, per root.
#[derive(Default)]
pub struct Related<'w> {
    by_key: HashMap<(&'w str, String), Vec<usize>>,
    /// Roots holding a companion whose pointer is unknown.
    unknown: HashSet<&'w str>,
}

/// What a subject has.
pub struct Found {
    /// Companions that surely exist when the subject does.
    pub certain: Vec<usize>,
    /// A companion may point at the subject, or one that does may not be created.
    pub maybe: bool,
}

impl<'w> Related<'w> {
    /// Indexes every companion of `types` by the key `key` gives it.
    pub fn build(links: &Links<'w>, types: &[&str], key: impl Fn(&Instance) -> Key) -> Related<'w> {
        let mut out = Related::default();
        for &t in types {
            for &c in links.of_type(t) {
                let inst: &'w Instance = links.instance(c);
                match key(inst) {
                    Key::Known(k) => out.by_key.entry((&*inst.root, k)).or_default().push(c),
                    Key::Unknown => {
                        out.unknown.insert(&*inst.root);
                    }
                    Key::Elsewhere => {}
                }
            }
        }
        out
    }

    /// The companions of a subject known by `keys` (its `ref:` address and any names).
    pub fn find(&self, links: &Links, subject: &Instance, keys: &[String]) -> Found {
        let mut seen = HashSet::default();
        let mut certain = Vec::new();
        let mut maybe = self.unknown.contains(&*subject.root);
        for k in keys {
            let Some(found) = self.by_key.get(&(&*subject.root, k.clone())) else {
                continue;
            };
            for &c in found {
                if !seen.insert(c) {
                    continue;
                }
                if links.instance(c).keys_unknown() {
                    maybe = true;
                } else {
                    certain.push(c);
                }
            }
        }
        Found { certain, maybe }
    }
}

/// The `ref:` key of a subject, with and without its instance key, so that a companion
/// referencing `aws_x.a` finds the instance `aws_x.a` and one referencing `aws_x.a[0]`
/// finds `aws_x.a[0]`.
pub fn ref_key(subject: &Instance) -> String {
    format!("ref:{}", subject.address)
}

/// True when the instance's `kind` blocks come from a `dynamic` block whose `for_each` is
/// unknown before apply: there may be none.
pub fn blocks_uncertain(inst: &Instance, kind: &str) -> bool {
    inst.body.blocks_of_static(kind).any(|b| b.keys_unknown)
}

/// The subject's own keys: its address and, when set, its `arg` as a name.
pub fn keys(subject: &Instance, name_args: &[&str]) -> Vec<String> {
    let mut out = vec![ref_key(subject)];
    for a in name_args {
        if let Some(n) = subject.node().get(a).and_then(Value::as_str) {
            out.push(format!("name:{n}"));
        }
    }
    out
}
