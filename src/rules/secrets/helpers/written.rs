//! Whether a secret is written in the configuration: a known, non-empty value (a literal, or a
//! variable default, `.tfvars` value, local or module argument: everything tfgate knows
//! before apply is written somewhere in the code it reads), as opposed to a value supplied at
//! run time (a variable without a value) or read from a resource or data source
//! (`random_password`, a Secrets Manager lookup).
//!
//! Also the walk to an argument inside nested blocks (`user[*].password`), keeping whether
//! each value was written as a literal.

use crate::model::access::Node;
use crate::model::value::{Unknown, Value};
use crate::model::{Instance, Origin};

/// What a secret argument holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Written {
    /// Not set, null, empty, or supplied at run time or by another resource.
    No,
    /// Unknown before apply, and not traceable to a run-time input or a resource.
    Unknown,
    /// A known value written as a literal in place.
    Literal,
    /// A known value from a variable default, a `.tfvars` file, a local or a module argument.
    Known,
}

impl Written {
    /// Where the value comes from, as a finding says it (never the value).
    pub fn source(self) -> &'static str {
        match self {
            Written::Literal => "a literal",
            _ => {
                "a value known before apply (a variable default, `.tfvars` value, local, module argument or expression)"
            }
        }
    }

    pub fn is_secret(self) -> bool {
        matches!(self, Written::Literal | Written::Known)
    }
}

/// Judges one value of an argument that takes a secret; `literal` says whether the
/// expression was a constant written in place.
pub fn written(v: Option<&Value>, literal: bool) -> Written {
    let known = if literal {
        Written::Literal
    } else {
        Written::Known
    };
    match v {
        None | Some(Value::Null) => Written::No,
        Some(Value::String(s)) if s.trim().is_empty() => Written::No,
        Some(Value::String(_) | Value::Number(_)) => known,
        Some(Value::List(items) | Value::Set(items)) => {
            let each: Vec<Written> = items.iter().map(|x| written(Some(x), literal)).collect();
            if each.iter().any(|w| w.is_secret()) {
                known
            } else if each.contains(&Written::Unknown) {
                Written::Unknown
            } else {
                Written::No
            }
        }
        // Supplied when Terraform runs, or computed by a resource or data source.
        Some(Value::Unknown(Unknown::Variable { .. } | Unknown::Attribute { .. })) => Written::No,
        Some(Value::Unknown(_)) => Written::Unknown,
        Some(Value::Bool(_) | Value::Object(_)) => Written::No,
    }
}

/// An argument found by [`find`]: its path for findings, its value and whether it was a
/// literal.
pub struct Found<'a> {
    pub path: String,
    pub value: Option<&'a Value>,
    pub literal: bool,
}

/// The values of an argument at `spec` in an instance: `password`, `user[].password`
/// (every `user` block), `advanced_security_options[].master_user_options[].x`. An
/// argument that is not set still yields one entry (its value `None`) when its blocks exist.
pub fn find<'a>(inst: &'a Instance, spec: &str) -> Vec<Found<'a>> {
    let segments: Vec<&str> = spec.split('.').collect();
    let mut out = Vec::new();
    walk(inst.node(), &segments, String::new(), &mut out);
    out
}

fn walk<'a>(node: Node<'a>, segments: &[&str], prefix: String, out: &mut Vec<Found<'a>>) {
    let Some((first, rest)) = segments.split_first() else {
        return;
    };
    let join = |name: &str| {
        if prefix.is_empty() {
            name.to_string()
        } else {
            format!("{prefix}.{name}")
        }
    };
    match first.strip_suffix("[]") {
        Some(kind) => {
            for (n, child) in node.children(kind).into_iter().enumerate() {
                walk(child, rest, join(&format!("{kind}[{n}]")), out);
            }
        }
        None => {
            let (value, literal) = match node {
                Node::Body(b) => match b.attr(first) {
                    Some(a) => (Some(&a.value), a.literal),
                    None => (None, false),
                },
                Node::Value(_) => (node.get(first), false),
            };
            out.push(Found {
                path: join(first),
                value,
                literal,
            });
        }
    }
}

/// True for instances read from a plan: a plan knows the values of variables given at plan
/// time (from a secret store, in CI), so a known value there is no evidence that the code
/// holds it.
pub fn from_plan(inst: &Instance) -> bool {
    matches!(inst.origin, Origin::Plan(_))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn judges_values() {
        let s = |x: &str| Value::string(x);
        let cases = [
            (None, true, Written::No),
            (Some(Value::Null), true, Written::No),
            (Some(s("")), true, Written::No),
            (Some(s("hunter2")), true, Written::Literal),
            (Some(s("hunter2")), false, Written::Known),
            (
                Some(Value::Unknown(Unknown::Variable { name: "p".into() })),
                false,
                Written::No,
            ),
            (
                Some(Value::Unknown(Unknown::Attribute {
                    resource: Arc::from("random_password.db"),
                    path: Arc::from("result"),
                })),
                false,
                Written::No,
            ),
            (Some(Value::Unknown(Unknown::Text)), false, Written::Unknown),
            (
                Some(Value::list(vec![s(""), s("x")])),
                true,
                Written::Literal,
            ),
            (
                Some(Value::list(vec![Value::Unknown(Unknown::Other)])),
                true,
                Written::Unknown,
            ),
        ];
        for (v, literal, want) in cases {
            assert_eq!(written(v.as_ref(), literal), want, "{v:?}");
        }
    }
}
