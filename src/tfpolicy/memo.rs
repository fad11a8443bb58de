//! One judgement per distinct input: a policy's verdict on a resource is a function of what
//! it reads of the subject (the attributes it names after `attrs`, `prior_attrs` and `meta`),
//! its inputs and, when it calls `core::getresources` or `core::getdatasource`, the root
//! module. Resources that agree on those (the instances of one block, the many resources
//! that carry the same tags) are judged once and the verdict is reused, which is most of the
//! cost of a policy over every resource.
//!
//! What a policy reads is found from its expressions as written, conservatively: a subject
//! variable that stands anywhere but before `.name` (`core::keys(attrs)`, `attrs[k]`, a `for`
//! variable of that name) is read whole, and such a policy is judged for every resource.

use std::collections::BTreeSet;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use crate::load::syntax::{Expr, ExprKind, ObjectKey, Operator, TemplatePart};
use crate::model::value::{Unknown, Value};

use super::judge::{Subject, Verdict};
use super::{Policy, PolicyFile};

/// The subject variables a judgement may read.
const SUBJECT: [&str; 3] = ["attrs", "prior_attrs", "meta"];

/// What a policy reads of its subject: per [`SUBJECT`] variable, the attribute names after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reads {
    fields: [BTreeSet<String>; 3],
    /// The policy calls `core::getresources` or `core::getdatasource`: the verdict also
    /// depends on the root module's resources.
    world: bool,
}

impl Reads {
    /// What `policy` (with its file's locals) reads; `None` when it may read a subject
    /// variable whole, so no two subjects can be told equal for it.
    pub fn of(file: &PolicyFile, policy: &Policy) -> Option<Reads> {
        let mut reads = Reads {
            fields: Default::default(),
            world: false,
        };
        let exprs = policy
            .filter
            .iter()
            .chain(policy.locals.iter().map(|a| &a.expr))
            .chain(file.locals.iter().map(|a| &a.expr))
            .chain(policy.enforce.iter().flat_map(|e| {
                std::iter::once(&e.condition)
                    .chain(&e.error_message)
                    .chain(&e.info_message)
            }));
        for e in exprs {
            if !reads.expr(e) {
                return None;
            }
        }
        Some(reads)
    }

    /// The attributes read after `attrs`.
    pub fn attributes(&self) -> &BTreeSet<String> {
        &self.fields[0]
    }

    /// Records what `e` reads; false when it reads a subject variable whole.
    fn expr(&mut self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Variable(n) => !SUBJECT.contains(&&**n),
            ExprKind::Traversal(root, ops) => {
                let named = match &root.kind {
                    ExprKind::Variable(n) => SUBJECT.iter().position(|s| **n == **s),
                    _ => None,
                };
                let root_ok = match (named, ops.first()) {
                    (Some(k), Some(Operator::GetAttr(a))) => {
                        self.fields[k].insert(a.to_string());
                        true
                    }
                    (Some(_), _) => false,
                    (None, _) => self.expr(root),
                };
                root_ok
                    && ops.iter().all(|op| match op {
                        Operator::Index(i) => self.expr(i),
                        _ => true,
                    })
            }
            ExprKind::Tuple(items) => items.iter().all(|i| self.expr(i)),
            ExprKind::Object(items) => items.iter().all(|(k, v)| {
                (match k {
                    ObjectKey::Expr(k) => self.expr(k),
                    ObjectKey::Ident(_) => true,
                }) && self.expr(v)
            }),
            ExprKind::Template(parts) => self.parts(parts),
            ExprKind::Call(c) => {
                let name = c.name.strip_prefix("core::").unwrap_or(&c.name);
                if matches!(name, "getresources" | "getdatasource") {
                    self.world = true;
                }
                c.args.iter().all(|a| self.expr(a))
            }
            ExprKind::Conditional(c) => self.expr(&c.0) && self.expr(&c.1) && self.expr(&c.2),
            ExprKind::Unary(_, i) | ExprKind::Parenthesis(i) => self.expr(i),
            ExprKind::Binary(_, s) => self.expr(&s.0) && self.expr(&s.1),
            ExprKind::For(f) => {
                !binds_subject(&f.value_var, f.key_var.as_ref())
                    && self.expr(&f.collection)
                    && self.expr(&f.value_expr)
                    && f.key_expr.as_ref().is_none_or(|k| self.expr(k))
                    && f.cond.as_ref().is_none_or(|c| self.expr(c))
            }
            ExprKind::Null | ExprKind::Bool(_) | ExprKind::Number(_) | ExprKind::String(_) => true,
        }
    }

    fn parts(&mut self, parts: &[TemplatePart]) -> bool {
        parts.iter().all(|p| match p {
            TemplatePart::Literal(_) => true,
            TemplatePart::Interpolation(e) => self.expr(e),
            TemplatePart::If {
                cond,
                then,
                otherwise,
            } => self.expr(cond) && self.parts(then) && self.parts(otherwise),
            TemplatePart::For {
                key_var,
                value_var,
                collection,
                body,
            } => {
                !binds_subject(value_var, key_var.as_ref())
                    && self.expr(collection)
                    && self.parts(body)
            }
        })
    }

    /// The key of a subject under these reads: the values it has at the names read (an
    /// attribute it lacks is `None`, apart from one that is null), its operation, and its
    /// root when the policy looks at the root's resources.
    pub fn key<'s>(&self, subject: &'s Subject, root: &'s str) -> Key<'s> {
        let values = [&subject.attrs, &subject.prior_attrs, &subject.meta];
        let mut parts = Vec::new();
        for (names, value) in self.fields.iter().zip(values) {
            for name in names {
                parts.push(match value {
                    Value::Object(o) => o.fields.get(name).cloned(),
                    // Not an object (null before a create, unknown): the whole value.
                    other => Some(other.clone()),
                });
            }
            // An object that stands for a resource answers what it lacks with an unknown
            // naming it: the resource is part of what is read.
            if let (false, Value::Object(o)) = (names.is_empty(), value)
                && let Some(origin) = &o.origin
            {
                parts.push(Some(Value::String(origin.clone())));
            }
        }
        let mut key = Key {
            hash: 0,
            parts,
            operation: &subject.operation,
            root: self.world.then_some(root),
        };
        // Hashed once here: the shared table hashes the key again on lookup and insert.
        let mut h = rustc_hash::FxHasher::default();
        key.operation.hash(&mut h);
        key.root.hash(&mut h);
        for p in &key.parts {
            match p {
                Some(v) => hash_value(v, &mut h),
                None => h.write_u8(0xff),
            }
        }
        key.hash = h.finish();
        key
    }
}

/// True when a `for` binds a subject variable's name (what follows reads the bound value,
/// which this analysis does not follow: the policy counts as reading the subject whole).
fn binds_subject(value: &std::sync::Arc<str>, key: Option<&std::sync::Arc<str>>) -> bool {
    std::iter::once(value)
        .chain(key)
        .any(|v| SUBJECT.contains(&&**v))
}

/// What one subject's verdict depends on ([`Reads::key`]).
#[derive(Debug)]
pub struct Key<'s> {
    hash: u64,
    parts: Vec<Option<Value>>,
    operation: &'s str,
    root: Option<&'s str>,
}

impl PartialEq for Key<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.hash == other.hash
            && self.operation == other.operation
            && self.root == other.root
            && self.parts.len() == other.parts.len()
            && self
                .parts
                .iter()
                .zip(&other.parts)
                .all(|(a, b)| match (a, b) {
                    (Some(a), Some(b)) => same(a, b),
                    (None, None) => true,
                    _ => false,
                })
    }
}

impl Eq for Key<'_> {}

impl Hash for Key<'_> {
    fn hash<H: Hasher>(&self, h: &mut H) {
        h.write_u64(self.hash);
    }
}

/// Exact equality of two values, unknowns included (`Value`'s own `==`, except that a number
/// equals itself bit for bit, so a key holding NaN still finds itself).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.to_bits() == y.to_bits(),
        (Value::List(x), Value::List(y)) | (Value::Set(x), Value::Set(y)) => {
            std::sync::Arc::ptr_eq(x, y)
                || (x.len() == y.len() && x.iter().zip(y.iter()).all(|(a, b)| same(a, b)))
        }
        (Value::Object(x), Value::Object(y)) => {
            std::sync::Arc::ptr_eq(x, y)
                || (x.origin == y.origin
                    && x.fields.len() == y.fields.len()
                    && x.fields
                        .iter()
                        .zip(&y.fields)
                        .all(|((ka, va), (kb, vb))| ka == kb && same(va, vb)))
        }
        _ => a == b,
    }
}

/// Hashes a value consistently with [`same`] (an unknown hashes by its kind alone).
fn hash_value<H: Hasher>(v: &Value, h: &mut H) {
    match v {
        Value::Null => h.write_u8(0),
        Value::Bool(b) => {
            h.write_u8(1);
            b.hash(h);
        }
        Value::Number(n) => {
            h.write_u8(2);
            h.write_u64(n.to_bits());
        }
        Value::String(s) => {
            h.write_u8(3);
            s.hash(h);
        }
        Value::List(items) | Value::Set(items) => {
            h.write_u8(if matches!(v, Value::List(_)) { 4 } else { 5 });
            h.write_usize(items.len());
            for i in items.iter() {
                hash_value(i, h);
            }
        }
        Value::Object(o) => {
            h.write_u8(6);
            h.write_usize(o.fields.len());
            for (k, v) in &o.fields {
                k.hash(h);
                hash_value(v, h);
            }
        }
        Value::Unknown(u) => {
            h.write_u8(7);
            std::mem::discriminant::<Unknown>(u).hash(h);
        }
    }
}

/// The resources that no policy reading [`Reads`] can tell apart, numbered: resources with
/// equal keys share a class. Found once per distinct `Reads` of a run, for every policy that
/// reads the same (tags policies all read `attrs.tags`).
pub struct Classes {
    /// Per workspace instance: its class, or `u32::MAX` without a subject.
    of: Vec<u32>,
    count: usize,
}

impl Classes {
    /// Classes of the instances that have a subject (`subjects`, by instance index; `roots`
    /// the instances' root modules).
    pub fn of<'s>(reads: &Reads, subjects: &'s [Option<Subject>], roots: &[&'s str]) -> Classes {
        use rayon::prelude::*;
        // The keys (values copied and hashed) on every thread; then numbered in order.
        let keys: Vec<Option<Key<'s>>> = subjects
            .par_iter()
            .zip(roots)
            .map(|(s, root)| s.as_ref().map(|s| reads.key(s, root)))
            .collect();
        let mut seen: rustc_hash::FxHashMap<Key<'s>, u32> = Default::default();
        let of = keys
            .into_iter()
            .map(|k| match k {
                Some(k) => {
                    let next = seen.len() as u32;
                    *seen.entry(k).or_insert(next)
                }
                None => u32::MAX,
            })
            .collect();
        Classes {
            of,
            count: seen.len(),
        }
    }

    /// The class of the instance at `index`, if it has a subject.
    pub fn class(&self, index: usize) -> Option<usize> {
        self.of
            .get(index)
            .filter(|&&c| c != u32::MAX)
            .map(|&c| c as usize)
    }
}

/// The verdicts one policy gave, by class ([`Classes`]), shared by the threads judging its
/// resources: the first to judge a class sets its verdict.
pub struct Verdicts {
    slots: Vec<std::sync::OnceLock<Arc<Verdict>>>,
}

impl Verdicts {
    pub fn new(classes: &Classes) -> Verdicts {
        Verdicts {
            slots: (0..classes.count).map(|_| Default::default()).collect(),
        }
    }

    /// The verdict given to a class, if any.
    pub fn get(&self, class: usize) -> Option<Arc<Verdict>> {
        self.slots.get(class)?.get().cloned()
    }

    pub fn insert(&self, class: usize, verdict: Arc<Verdict>) {
        if let Some(slot) = self.slots.get(class) {
            let _ = slot.set(verdict);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reads_of(text: &str) -> Option<Reads> {
        let file = super::super::load::parse_policy_text(
            "t.policy.hcl",
            format!(
                "locals {{\n  top = 1\n}}\nresource_policy \"aws_s3_bucket\" \"p\" {{\n{text}}}\n"
            ),
        )
        .expect("loads");
        Reads::of(&file, &file.policies[0])
    }

    /// Names after `attrs`, `prior_attrs` and `meta` are the reads, wherever they stand.
    #[test]
    fn names_after_subject_variables_are_read() {
        let r = reads_of(
            "  filter = core::try(attrs.tags.env, \"\") != \"dev\"\n  locals {\n    n = { (meta.type) = [for t in attrs.list : \"${t}-${prior_attrs.x}\"] }\n  }\n  enforce {\n    condition     = core::length(local.n) > 0\n    error_message = \"%{ if attrs.y != null }y%{ endif }\"\n  }\n",
        )
        .expect("fields only");
        let names = |k: usize| r.fields[k].iter().cloned().collect::<Vec<_>>();
        assert_eq!(names(0), ["list", "tags", "y"]);
        assert_eq!(names(1), ["x"]);
        assert_eq!(names(2), ["type"]);
        assert!(!r.world);
    }

    /// A subject variable read whole, or shadowed by a `for`, leaves no key.
    #[test]
    fn whole_reads_leave_no_key() {
        for text in [
            "core::keys(attrs)",
            "attrs[\"tags\"] != null",
            "attrs == null",
            "[for attrs in [1] : attrs.x] != []",
            "\"%{ for meta in [1] }${meta}%{ endfor }\" != \"\"",
            "core::try(prior_attrs, null) == null",
            "core::length(core::keys(meta)) > 0",
        ] {
            let policy = format!("  enforce {{\n    condition = {text}\n  }}\n");
            assert_eq!(reads_of(&policy), None, "{text}");
        }
    }

    /// A body's projection gives, for the fields it keeps, exactly what the whole value has.
    #[test]
    fn a_projection_keeps_the_values_of_its_fields() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(
            dir.path().join("main.tf"),
            "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b\"\n  tags   = { a = \"1\" }\n  grant {\n    id = \"x\"\n  }\n  grant {\n    id = \"y\"\n  }\n  website {\n    index_document = \"i\"\n  }\n}\n",
        )
        .expect("writes");
        let args = ["tfgate", "check", dir.path().to_str().expect("utf-8")];
        let (cli, vars) = crate::cli::parse(args.iter().map(Into::into)).expect("parses");
        let crate::cli::Command::Check(check) = cli.command else {
            panic!("expected check");
        };
        let scan = crate::app::scan(&check.scan, &vars, Vec::new());
        let inst = &scan.workspace.instances[0];
        let whole = inst.body.to_value(None);
        let only: BTreeSet<String> = ["tags", "grant", "nothing"].map(String::from).into();
        let part = inst.body.to_value_only(&only);
        let fields = &part.as_object().expect("object").fields;
        assert_eq!(fields.len(), 2, "{part:?}");
        for name in ["tags", "grant"] {
            assert_eq!(part.get_attr(name), whole.get_attr(name), "{name}");
        }
    }

    /// A policy that looks at other resources keys its verdicts by root too.
    #[test]
    fn looking_at_other_resources_keys_by_root() {
        let r = reads_of(
            "  enforce {\n    condition = core::length(core::getresources(\"aws_s3_bucket_versioning\", {bucket = attrs.bucket})) > 0\n  }\n",
        )
        .expect("fields only");
        assert!(r.world);
    }

    /// Equal values make equal keys, bit for bit; a missing attribute differs from null.
    #[test]
    fn keys_compare_values_exactly() {
        let subject = |attrs: Value| Subject {
            kind: super::super::Kind::Resource,
            target: "aws_s3_bucket".into(),
            attrs,
            prior_attrs: Value::Null,
            meta: Value::Null,
            operation: "create".into(),
        };
        let obj = |pairs: &[(&str, Value)]| {
            Value::object(
                pairs
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.clone()))
                    .collect(),
            )
        };
        let r = reads_of("  enforce {\n    condition = attrs.tags != null\n  }\n").expect("reads");
        let a = subject(obj(&[("tags", obj(&[("o", Value::string("x"))]))]));
        let b = subject(obj(&[
            ("tags", obj(&[("o", Value::string("x"))])),
            ("bucket", Value::string("other")),
        ]));
        let c = subject(obj(&[("tags", Value::Null)]));
        let d = subject(obj(&[]));
        let nan = subject(obj(&[("tags", Value::Number(f64::NAN))]));
        assert_eq!(
            r.key(&a, "r"),
            r.key(&b, "r"),
            "unread attributes do not matter"
        );
        assert_ne!(r.key(&a, "r"), r.key(&c, "r"));
        assert_ne!(r.key(&c, "r"), r.key(&d, "r"), "null is not missing");
        assert_eq!(r.key(&nan, "r"), r.key(&nan, "r"));
        let mut h1 = rustc_hash::FxHasher::default();
        let mut h2 = rustc_hash::FxHasher::default();
        r.key(&a, "r").hash(&mut h1);
        r.key(&b, "r").hash(&mut h2);
        assert_eq!(h1.finish(), h2.finish());
    }
}
