//! Reading an instance's values the same way whether they were written as blocks (HCL),
//! as lists of objects (`.tf.json`, plans) or as a single object.

use crate::model::value::Value;
use crate::model::{EvalBody, Instance};

/// A body or nested block of an instance, with the path it has from the resource
/// (`ingress[1]`), so findings can point at it.
#[derive(Clone, Copy)]
pub enum Node<'a> {
    Body(&'a EvalBody),
    Value(&'a Value),
}

impl<'a> Node<'a> {
    /// An argument's value; `None` when it is not set.
    pub fn get(&self, name: &str) -> Option<&'a Value> {
        match self {
            Node::Body(b) => b.attr(name).map(|a| &a.value),
            Node::Value(v) => v.as_object().and_then(|o| o.fields.get(name)),
        }
    }

    /// An argument that is set and not null.
    pub fn set(&self, name: &str) -> Option<&'a Value> {
        self.get(name).filter(|v| !v.is_null())
    }

    /// Nested blocks of a type (or the objects of a list argument of that name).
    pub fn children(&self, kind: &str) -> Vec<Node<'a>> {
        match self {
            Node::Body(b) => {
                let mut out: Vec<Node<'a>> = b
                    .blocks_of_static(kind)
                    .map(|blk| Node::Body(&blk.body))
                    .collect();
                if out.is_empty()
                    && let Some(a) = b.attr(kind)
                {
                    out.extend(objects(&a.value));
                }
                out
            }
            Node::Value(v) => v
                .as_object()
                .and_then(|o| o.fields.get(kind))
                .map(objects)
                .unwrap_or_default(),
        }
    }

    /// The first nested block of a type.
    pub fn child(&self, kind: &str) -> Option<Node<'a>> {
        self.children(kind).into_iter().next()
    }

    /// True when a nested block of this type exists (or the list argument is non-empty).
    pub fn has_child(&self, kind: &str) -> bool {
        !self.children(kind).is_empty()
    }
}

fn objects(v: &Value) -> Vec<Node<'_>> {
    match v {
        Value::List(items) | Value::Set(items) => items
            .iter()
            .filter(|i| matches!(i, Value::Object(_) | Value::Unknown(_)))
            .map(Node::Value)
            .collect(),
        Value::Object(_) | Value::Unknown(_) => vec![Node::Value(v)],
        _ => Vec::new(),
    }
}

impl EvalBody {
    /// Like `blocks_of`, but the blocks borrow only the body, not the kind string.
    pub fn blocks_of_static<'a, 'k>(
        &'a self,
        kind: &'k str,
    ) -> impl Iterator<Item = &'a crate::model::EvalBlock> + use<'a, 'k> {
        self.blocks.iter().filter(move |b| b.kind == kind)
    }
}

impl Instance {
    /// The instance's own body as a [`Node`].
    pub fn node(&self) -> Node<'_> {
        Node::Body(&self.body)
    }
}

/// What a value says about a boolean setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flag {
    True,
    False,
    /// Not set (null or absent): the provider default applies.
    Unset,
    Unknown,
}

/// Reads a boolean setting, converting `"true"`/`"false"` as Terraform does.
pub fn flag(v: Option<&Value>) -> Flag {
    match v {
        None | Some(Value::Null) => Flag::Unset,
        Some(Value::Unknown(_)) => Flag::Unknown,
        Some(other) => match other.to_bool() {
            Some(true) => Flag::True,
            Some(false) => Flag::False,
            None => Flag::Unknown,
        },
    }
}
