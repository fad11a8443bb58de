//! The values Terraform expressions evaluate to, including the unknown value.
//!
//! Terraform distinguishes "known", "null" and "unknown (known after apply)". tfgate keeps
//! all three, and an unknown remembers *where it came from* (`aws_s3_bucket.b.id`) so later
//! stages can tell that `bucket = aws_s3_bucket.b.id` points at bucket `b` even though the id
//! itself is not known before apply. Collections are reference counted so that passing a value
//! around (into a module, through a local) never deep-copies it.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

/// An object or map: keys are kept sorted, which is Terraform's iteration order.
pub type Map = BTreeMap<String, Value>;

/// A Terraform value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    String(Arc<str>),
    /// A list or tuple.
    List(Arc<Vec<Value>>),
    /// A set: elements are unique and kept in a stable order.
    Set(Arc<Vec<Value>>),
    /// A map or object.
    Object(Arc<Object>),
    /// Known only after apply (or not at all without providers).
    Unknown(Unknown),
}

/// The fields of an object or map, and the resource it stands for, if any.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Object {
    pub fields: Map,
    /// Set when this object is a resource instance or module: reading an attribute the
    /// configuration did not set gives an unknown that remembers this origin.
    pub origin: Option<Arc<str>>,
}

/// Why a value is not known, and which resource attribute it stands for when there is one.
#[derive(Clone, Debug, PartialEq)]
pub enum Unknown {
    /// A resource or data source attribute that is computed by the provider, e.g. the
    /// attribute `id` of `module.logs.aws_s3_bucket.this[0]`.
    Attribute { resource: Arc<str>, path: Arc<str> },
    /// A variable that has no default and was given no value.
    Variable { name: Arc<str> },
    /// The JSON text of a value with unknown parts (`jsonencode` of a policy whose
    /// `Resource` is a bucket ARN known only after apply): the text is unknown, but its
    /// structure, kept here, still says who is allowed what.
    Encoded { value: Arc<Value> },
    /// A string template with unknown parts: not known, but never null (Terraform refines
    /// a template's unknown result as not null, so `"${x}-logs" != null` is known).
    Text,
    /// A template with unknown parts whose text reads as JSON (it starts with `{` or `[`,
    /// a policy written as a heredoc) or is short (an ARN built from the partition): the
    /// known text, and the byte offsets in it where an unknown part goes. Never null, like
    /// [`Unknown::Text`]; policy rules read its structure and leave only the strings that
    /// hold a hole unknown.
    Template { text: Arc<str>, holes: Arc<[usize]> },
    /// Anything else: derived from another unknown, or not computable without providers.
    Other,
}

impl Value {
    pub fn string(s: impl Into<Arc<str>>) -> Value {
        Value::String(s.into())
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Arc::new(items))
    }

    pub fn object(fields: Map) -> Value {
        Value::Object(Arc::new(Object {
            fields,
            origin: None,
        }))
    }

    /// An unknown that carries no origin.
    pub fn unknown() -> Value {
        Value::Unknown(Unknown::Other)
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub fn is_unknown(&self) -> bool {
        matches!(self, Value::Unknown(_))
    }

    /// True when the value or anything nested in it is unknown.
    pub fn contains_unknown(&self) -> bool {
        match self {
            Value::Unknown(_) => true,
            Value::List(items) | Value::Set(items) => items.iter().any(Value::contains_unknown),
            Value::Object(obj) => obj.fields.values().any(Value::contains_unknown),
            Value::Null | Value::Bool(_) | Value::Number(_) | Value::String(_) => false,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_number(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            _ => None,
        }
    }

    /// Elements of a list, tuple or set.
    pub fn as_seq(&self) -> Option<&[Value]> {
        match self {
            Value::List(items) | Value::Set(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&Object> {
        match self {
            Value::Object(obj) => Some(obj),
            _ => None,
        }
    }

    /// Reads an attribute of an object. A resource object answers attributes the
    /// configuration did not set with an unknown that names the attribute.
    pub fn get_attr(&self, name: &str) -> Option<Value> {
        match self {
            Value::Object(obj) => match obj.fields.get(name) {
                Some(v) => Some(v.clone()),
                None => obj.origin.as_ref().map(|origin| {
                    Value::Unknown(Unknown::Attribute {
                        resource: origin.clone(),
                        path: name.into(),
                    })
                }),
            },
            Value::Unknown(u) => Some(Value::Unknown(u.attr(name))),
            _ => None,
        }
    }

    /// The Terraform type name, as used in error messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "bool",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::List(_) => "tuple",
            Value::Set(_) => "set",
            Value::Object(_) => "object",
            Value::Unknown(_) => "unknown",
        }
    }

    /// Terraform's truthiness is strict: only `true`, `false` and the strings "true"/"false".
    pub fn to_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            Value::String(s) => match &**s {
                "true" => Some(true),
                "false" => Some(false),
                _ => None,
            },
            _ => None,
        }
    }

    /// Converts a primitive to its string form, as Terraform does for templates and `tostring`.
    pub fn to_str(&self) -> Option<Arc<str>> {
        match self {
            Value::String(s) => Some(s.clone()),
            Value::Bool(b) => Some(if *b { "true".into() } else { "false".into() }),
            Value::Number(n) => Some(format_number(*n).into()),
            _ => None,
        }
    }

    /// Converts a primitive to a number, as Terraform does (`"5"` is 5).
    pub fn to_number(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            Value::String(s) => parse_number(s),
            _ => None,
        }
    }

    /// Builds a value from JSON (for `jsondecode`, `.tfvars.json` and plan files).
    pub fn from_json(json: &serde_json::Value) -> Value {
        match json {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) => Value::Number(n.as_f64().unwrap_or(f64::NAN)),
            serde_json::Value::String(s) => Value::string(s.as_str()),
            serde_json::Value::Array(items) => {
                Value::list(items.iter().map(Value::from_json).collect())
            }
            serde_json::Value::Object(fields) => Value::object(
                fields
                    .iter()
                    .map(|(k, v)| (k.clone(), Value::from_json(v)))
                    .collect(),
            ),
        }
    }

    /// Converts to JSON as `jsonencode` does; `None` when the value contains an unknown.
    pub fn to_json(&self) -> Option<serde_json::Value> {
        Some(match self {
            Value::Null => serde_json::Value::Null,
            Value::Bool(b) => serde_json::Value::Bool(*b),
            Value::Number(n) => number_to_json(*n),
            Value::String(s) => serde_json::Value::String(s.to_string()),
            Value::List(items) | Value::Set(items) => {
                serde_json::Value::Array(items.iter().map(Value::to_json).collect::<Option<_>>()?)
            }
            Value::Object(obj) => serde_json::Value::Object(
                obj.fields
                    .iter()
                    .map(|(k, v)| Some((k.clone(), v.to_json()?)))
                    .collect::<Option<_>>()?,
            ),
            Value::Unknown(_) => return None,
        })
    }

    /// JSON for display (`tfgate inspect`): unknowns become `{"$unknown": "<origin>"}`.
    pub fn to_display_json(&self) -> serde_json::Value {
        match self {
            Value::Unknown(u) => {
                let mut m = serde_json::Map::new();
                m.insert("$unknown".into(), serde_json::Value::String(u.to_string()));
                serde_json::Value::Object(m)
            }
            Value::List(items) | Value::Set(items) => {
                serde_json::Value::Array(items.iter().map(Value::to_display_json).collect())
            }
            Value::Object(obj) => serde_json::Value::Object(
                obj.fields
                    .iter()
                    .map(|(k, v)| (k.clone(), v.to_display_json()))
                    .collect(),
            ),
            Value::Null | Value::Bool(_) | Value::Number(_) | Value::String(_) => {
                self.to_json().unwrap_or(serde_json::Value::Null)
            }
        }
    }

    /// Counts (known leaves, unknown leaves) for the unknown-share statistics.
    pub fn count_leaves(&self) -> (usize, usize) {
        match self {
            Value::Unknown(_) => (0, 1),
            Value::List(items) | Value::Set(items) => sum_leaves(items.iter()),
            Value::Object(obj) => sum_leaves(obj.fields.values()),
            Value::Null | Value::Bool(_) | Value::Number(_) | Value::String(_) => (1, 0),
        }
    }
}

fn sum_leaves<'a>(values: impl Iterator<Item = &'a Value>) -> (usize, usize) {
    values.fold((0, 0), |(k, u), v| {
        let (k2, u2) = v.count_leaves();
        (k + k2, u + u2)
    })
}

impl Unknown {
    /// The text a template with unknown parts is known to end with (after its last
    /// interpolation), if it keeps its text.
    pub fn known_suffix(&self) -> Option<&str> {
        match self {
            Unknown::Template { text, holes } => {
                let last = holes.last().copied().unwrap_or(0);
                text.get(last..)
            }
            _ => None,
        }
    }

    /// The unknown that reading `name` from this unknown gives: the path grows, so
    /// `aws_s3_bucket.b.versioning` then `.enabled` is still traceable.
    pub fn attr(&self, name: &str) -> Unknown {
        match self {
            Unknown::Attribute { resource, path } => Unknown::Attribute {
                resource: resource.clone(),
                path: format!("{path}.{name}").into(),
            },
            Unknown::Variable { .. }
            | Unknown::Encoded { .. }
            | Unknown::Text
            | Unknown::Template { .. }
            | Unknown::Other => Unknown::Other,
        }
    }

    /// Whether the value, once known, cannot be null: the text of a template or of
    /// `jsonencode`.
    pub fn not_null(&self) -> bool {
        matches!(
            self,
            Unknown::Encoded { .. } | Unknown::Text | Unknown::Template { .. }
        )
    }

    /// The resource address this unknown belongs to, if any.
    pub fn resource(&self) -> Option<&str> {
        match self {
            Unknown::Attribute { resource, .. } => Some(resource),
            Unknown::Variable { .. }
            | Unknown::Encoded { .. }
            | Unknown::Text
            | Unknown::Template { .. }
            | Unknown::Other => None,
        }
    }
}

impl fmt::Display for Unknown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unknown::Attribute { resource, path } => write!(f, "{resource}.{path}"),
            Unknown::Variable { name } => write!(f, "var.{name} (no value given)"),
            Unknown::Encoded { .. } => f.write_str("JSON with parts known after apply"),
            Unknown::Text | Unknown::Template { .. } | Unknown::Other => {
                f.write_str("known after apply")
            }
        }
    }
}

/// A set of the given elements: duplicates removed, in a stable order (strings sorted).
pub fn make_set(mut items: Vec<Value>) -> Value {
    if items
        .iter()
        .any(|v| matches!(v, Value::String(_) | Value::Number(_)))
    {
        items.sort_by(compare_for_set);
    } else {
        // Every pair compares by rendered text: render each element once, not twice per
        // comparison (the same stable order).
        items.sort_by_cached_key(ToString::to_string);
    }
    items.dedup();
    Value::Set(Arc::new(items))
}

fn compare_for_set(a: &Value, b: &Value) -> std::cmp::Ordering {
    match (a, b) {
        (Value::String(x), Value::String(y)) => x.cmp(y),
        (Value::Number(x), Value::Number(y)) => x.total_cmp(y),
        _ => a.to_string().cmp(&b.to_string()),
    }
}

/// Terraform equality: same type and value (numbers and strings do not convert).
pub fn values_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::List(x) | Value::Set(x), Value::List(y) | Value::Set(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| values_equal(p, q))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.fields.len() == y.fields.len()
                && x.fields
                    .iter()
                    .zip(y.fields.iter())
                    .all(|((k1, v1), (k2, v2))| k1 == k2 && values_equal(v1, v2))
        }
        _ => a == b,
    }
}

/// Formats a number the way Terraform prints it: integers without a fraction.
pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e17 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// Parses a number literal as Terraform's string-to-number conversion accepts it.
pub fn parse_number(s: &str) -> Option<f64> {
    let t = s.trim();
    if t.is_empty()
        || t.starts_with('+')
        || t.contains(|c: char| c.is_alphabetic() && c != 'e' && c != 'E')
    {
        return None;
    }
    t.parse::<f64>().ok().filter(|n| n.is_finite())
}

fn number_to_json(n: f64) -> serde_json::Value {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        serde_json::Value::Number((n as i64).into())
    } else {
        serde_json::Number::from_f64(n)
            .map(serde_json::Value::Number)
            .unwrap_or(serde_json::Value::Null)
    }
}

impl fmt::Display for Value {
    /// Renders a value as HCL-like text for messages: `"0.0.0.0/0"`, `[22, 80]`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => f.write_str("null"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Number(n) => f.write_str(&format_number(*n)),
            Value::String(s) => write!(f, "{:?}", &**s),
            Value::List(items) | Value::Set(items) => {
                f.write_str("[")?;
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{v}")?;
                }
                f.write_str("]")
            }
            Value::Object(obj) => {
                f.write_str("{")?;
                for (i, (k, v)) in obj.fields.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{k} = {v}")?;
                }
                f.write_str("}")
            }
            Value::Unknown(u) => write!(f, "(known after apply: {u})"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_format_like_terraform() {
        for (n, s) in [(1.0, "1"), (-3.0, "-3"), (1.5, "1.5"), (0.0, "0")] {
            assert_eq!(format_number(n), s);
        }
    }

    #[test]
    fn string_to_number() {
        for (s, n) in [
            ("5", Some(5.0)),
            (" 2.5 ", Some(2.5)),
            ("abc", None),
            ("", None),
            ("1e3", Some(1000.0)),
        ] {
            assert_eq!(parse_number(s), n, "{s}");
        }
    }

    #[test]
    fn resource_objects_answer_computed_attributes_with_their_origin() {
        let obj = Value::Object(Arc::new(Object {
            fields: Map::from([("bucket".to_string(), Value::string("logs"))]),
            origin: Some("aws_s3_bucket.b".into()),
        }));
        assert_eq!(obj.get_attr("bucket"), Some(Value::string("logs")));
        let id = obj
            .get_attr("id")
            .expect("resource objects answer every attribute");
        assert_eq!(id.to_string(), "(known after apply: aws_s3_bucket.b.id)");
        assert_eq!(Value::object(Map::new()).get_attr("id"), None);
    }
}
