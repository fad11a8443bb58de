//! Type constraints (`list(object({ a = optional(string, "x") }))`) and Terraform's
//! conversion of values to them, including `optional()` attribute defaults.

use std::sync::Arc;

use crate::load::syntax::{Expr, ExprKind, ObjectKey};
use crate::model::value::{Map, Object, Value, make_set};

/// A type constraint of a variable.
#[derive(Clone, Debug, PartialEq)]
pub enum Type {
    Any,
    String,
    Number,
    Bool,
    List(Box<Type>),
    Set(Box<Type>),
    Map(Box<Type>),
    Tuple(Vec<Type>),
    Object(Vec<ObjectAttr>),
}

/// One attribute of an object type.
#[derive(Clone, Debug, PartialEq)]
pub struct ObjectAttr {
    pub name: String,
    pub ty: Type,
    pub optional: bool,
    /// The default of `optional(type, default)`, already converted to `ty`.
    pub default: Option<Value>,
}

impl Type {
    /// Reads a type constraint expression. Defaults inside `optional()` must be constants;
    /// `eval_default` evaluates them.
    pub fn parse(expr: &Expr, eval_default: &dyn Fn(&Expr) -> Value) -> Result<Type, String> {
        match &expr.kind {
            ExprKind::Variable(name) => match &**name {
                "any" => Ok(Type::Any),
                "string" => Ok(Type::String),
                "number" => Ok(Type::Number),
                "bool" => Ok(Type::Bool),
                other => Err(format!("unknown type `{other}`")),
            },
            // `.tf.json` and very old configurations write types as strings.
            ExprKind::String(s) => match &**s {
                "string" => Ok(Type::String),
                "list" => Ok(Type::List(Box::new(Type::Any))),
                "map" => Ok(Type::Map(Box::new(Type::Any))),
                other => {
                    let parsed = crate::load::hcl::parse_expr(other).map_err(|e| e.message)?;
                    Type::parse(&parsed, eval_default)
                }
            },
            ExprKind::Parenthesis(inner) => Type::parse(inner, eval_default),
            ExprKind::Call(call) => {
                let arg = |i: usize| {
                    call.args
                        .get(i)
                        .ok_or_else(|| format!("`{}()` needs an argument", call.name))
                };
                match call.name.as_str() {
                    "list" => Ok(Type::List(Box::new(Type::parse(arg(0)?, eval_default)?))),
                    "set" => Ok(Type::Set(Box::new(Type::parse(arg(0)?, eval_default)?))),
                    "map" => Ok(Type::Map(Box::new(Type::parse(arg(0)?, eval_default)?))),
                    "tuple" => match &arg(0)?.kind {
                        ExprKind::Tuple(items) => Ok(Type::Tuple(
                            items
                                .iter()
                                .map(|t| Type::parse(t, eval_default))
                                .collect::<Result<_, _>>()?,
                        )),
                        _ => Err("`tuple()` takes a list of types".to_string()),
                    },
                    "object" => match &arg(0)?.kind {
                        ExprKind::Object(items) => {
                            let mut attrs = Vec::new();
                            for (key, value) in items {
                                let name = match key {
                                    ObjectKey::Ident(n) => n.to_string(),
                                    ObjectKey::Expr(Expr {
                                        kind: ExprKind::String(s),
                                        ..
                                    }) => s.to_string(),
                                    ObjectKey::Expr(_) => {
                                        return Err("object type keys must be names".to_string());
                                    }
                                };
                                attrs.push(parse_attr(name, value, eval_default)?);
                            }
                            attrs.sort_by(|a, b| a.name.cmp(&b.name));
                            Ok(Type::Object(attrs))
                        }
                        _ => Err("`object()` takes an object of attribute types".to_string()),
                    },
                    other => Err(format!("unknown type constructor `{other}()`")),
                }
            }
            _ => Err("not a type constraint".to_string()),
        }
    }

    /// Converts a value to this type as Terraform does, applying optional defaults.
    pub fn convert(&self, value: Value) -> Result<Value, String> {
        if let Value::Unknown(_) = value {
            return Ok(value);
        }
        if value.is_null() {
            return Ok(value);
        }
        match self {
            Type::Any => Ok(value),
            Type::String => value
                .to_str()
                .map(Value::String)
                .ok_or_else(|| format!("string required, got {}", value.type_name())),
            Type::Number => value
                .to_number()
                .map(Value::Number)
                .ok_or_else(|| format!("number required, got {}", describe(&value))),
            Type::Bool => value
                .to_bool()
                .map(Value::Bool)
                .ok_or_else(|| format!("bool required, got {}", describe(&value))),
            Type::List(elem) | Type::Set(elem) => {
                let items = value
                    .as_seq()
                    .ok_or_else(|| format!("list required, got {}", value.type_name()))?;
                let converted: Vec<Value> = items
                    .iter()
                    .enumerate()
                    .map(|(i, v)| {
                        elem.convert(v.clone())
                            .map_err(|e| format!("element {i}: {e}"))
                    })
                    .collect::<Result<_, _>>()?;
                Ok(if matches!(self, Type::Set(_)) {
                    make_set(converted)
                } else {
                    Value::list(converted)
                })
            }
            Type::Map(elem) => {
                let obj = value
                    .as_object()
                    .ok_or_else(|| format!("map required, got {}", value.type_name()))?;
                let fields = obj
                    .fields
                    .iter()
                    .map(|(k, v)| {
                        Ok((
                            k.clone(),
                            elem.convert(v.clone())
                                .map_err(|e| format!("element {k:?}: {e}"))?,
                        ))
                    })
                    .collect::<Result<Map, String>>()?;
                Ok(Value::object(fields))
            }
            Type::Tuple(types) => {
                let items = value
                    .as_seq()
                    .ok_or_else(|| format!("tuple required, got {}", value.type_name()))?;
                if items.len() != types.len() {
                    return Err(format!(
                        "tuple of {} required, got {}",
                        crate::base::plural::count(types.len(), "element", "elements"),
                        items.len()
                    ));
                }
                Ok(Value::list(
                    items
                        .iter()
                        .zip(types)
                        .map(|(v, t)| t.convert(v.clone()))
                        .collect::<Result<_, _>>()?,
                ))
            }
            Type::Object(attrs) => {
                let obj = value
                    .as_object()
                    .ok_or_else(|| format!("object required, got {}", value.type_name()))?;
                let mut fields = Map::new();
                for attr in attrs {
                    let given = obj.fields.get(&attr.name).cloned();
                    let v = match given {
                        // A resource object has every attribute of its type's schema, and one
                        // the configuration does not set is computed at apply (or, if the
                        // schema has no such attribute and it is optional, Terraform takes
                        // the type's default: without the schema, unknown covers both).
                        None if obj.origin.is_some() => {
                            value.get_attr(&attr.name).unwrap_or_else(Value::unknown)
                        }
                        Some(v) if !v.is_null() => attr
                            .ty
                            .convert(v)
                            .map_err(|e| format!("attribute {:?}: {e}", attr.name))?,
                        Some(_) | None if attr.optional => {
                            attr.default.clone().unwrap_or(Value::Null)
                        }
                        Some(v) => v,
                        None => return Err(format!("attribute {:?} is required", attr.name)),
                    };
                    fields.insert(attr.name.clone(), v);
                }
                Ok(Value::Object(Arc::new(Object {
                    fields,
                    origin: None,
                })))
            }
        }
    }
}

fn parse_attr(
    name: String,
    expr: &Expr,
    eval_default: &dyn Fn(&Expr) -> Value,
) -> Result<ObjectAttr, String> {
    if let ExprKind::Call(call) = &expr.kind
        && call.name == "optional"
    {
        let ty = Type::parse(
            call.args.first().ok_or("`optional()` needs a type")?,
            eval_default,
        )?;
        let default = match call.args.get(1) {
            Some(d) => Some(
                ty.convert(eval_default(d))
                    .map_err(|e| format!("default of {name:?}: {e}"))?,
            ),
            None => None,
        };
        return Ok(ObjectAttr {
            name,
            ty,
            optional: true,
            default,
        });
    }
    Ok(ObjectAttr {
        name,
        ty: Type::parse(expr, eval_default)?,
        optional: false,
        default: None,
    })
}

fn describe(v: &Value) -> String {
    match v {
        Value::String(s) => format!("string {s:?}"),
        other => other.type_name().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::hcl::parse_expr;

    fn ty(src: &str) -> Type {
        let expr = parse_expr(src).expect("valid type expression");
        Type::parse(&expr, &|e| match &e.kind {
            ExprKind::String(s) => Value::string(s.clone()),
            ExprKind::Number(n) => Value::Number(*n),
            ExprKind::Bool(b) => Value::Bool(*b),
            _ => Value::Null,
        })
        .expect("valid type")
    }

    fn val(src: &str) -> Value {
        let expr = parse_expr(src).expect("valid value");
        crate::eval::expr::eval_constant(&expr).expect("constant")
    }

    #[test]
    fn conversions() {
        let cases = [
            ("string", "5", "\"5\""),
            ("number", "\"5\"", "5"),
            ("bool", "\"true\"", "true"),
            ("list(string)", "[1, true]", "[\"1\", \"true\"]"),
            ("set(string)", "[\"b\", \"a\", \"b\"]", "[\"a\", \"b\"]"),
            ("map(number)", "{a = \"1\"}", "{a = 1}"),
            (
                "object({ a = string, b = optional(number, 3), c = optional(bool) })",
                "{a = \"x\", extra = 1}",
                "{a = \"x\", b = 3, c = null}",
            ),
            (
                "list(object({ port = number, cidr = optional(string, \"10.0.0.0/8\") }))",
                "[{port = 22}]",
                "[{cidr = \"10.0.0.0/8\", port = 22}]",
            ),
        ];
        for (t, v, expected) in cases {
            let out = ty(t)
                .convert(val(v))
                .unwrap_or_else(|e| panic!("{t} {v}: {e}"));
            assert_eq!(out.to_string(), expected, "{t} {v}");
        }
    }

    #[test]
    fn conversion_errors() {
        let cases = [
            ("number", "\"abc\""),
            ("object({ a = string })", "{b = 1}"),
            ("list(string)", "{a = 1}"),
        ];
        for (t, v) in cases {
            assert!(ty(t).convert(val(v)).is_err(), "{t} {v}");
        }
    }

    #[test]
    fn a_resource_object_converts_with_its_computed_attributes_unknown() {
        let queue = Value::Object(Arc::new(Object {
            fields: [("name".to_string(), Value::string("builds"))]
                .into_iter()
                .collect(),
            origin: Some("aws_sqs_queue.builds".into()),
        }));
        let out = ty("object({ name = string, arn = string, timeout = optional(number, 30) })")
            .convert(queue)
            .expect("a resource object converts");
        assert_eq!(out.get_attr("name"), Some(Value::string("builds")));
        assert_eq!(
            out.get_attr("arn"),
            Some(Value::Unknown(crate::model::value::Unknown::Attribute {
                resource: "aws_sqs_queue.builds".into(),
                path: "arn".into(),
            }))
        );
        // Optional: a computed attribute (unknown) or one the resource does not have (the
        // default); without the provider's schema it is unknown.
        assert!(out.get_attr("timeout").is_some_and(|v| v.is_unknown()));
        // A plain object still needs every required attribute.
        assert!(
            ty("object({ arn = string })")
                .convert(val("{name = \"x\"}"))
                .is_err()
        );
    }

    #[test]
    fn sets_drop_duplicates_in_a_stable_order() {
        let cases = [
            ("[\"b\", \"a\", \"b\"]", "[\"a\", \"b\"]"),
            ("[10, 9, 10]", "[9, 10]"),
            (
                "[{p = 2}, {p = 1}, {p = 2}, {q = true}]",
                "[{p = 1}, {p = 2}, {q = true}]",
            ),
            ("[[2], [1, 1], [2]]", "[[1, 1], [2]]"),
            ("[true, false, true]", "[false, true]"),
        ];
        for (items, expected) in cases {
            let Value::List(items) = val(items) else {
                panic!("{items} is a list");
            };
            let Value::Set(set) = make_set(items.to_vec()) else {
                panic!("{items:?} makes a set");
            };
            assert_eq!(Value::List(set).to_string(), expected);
        }
    }
}
