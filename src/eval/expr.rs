//! The expression evaluator: Terraform semantics over tfgate's syntax tree.
//!
//! Names that live outside an expression (`var.x`, `local.y`, `aws_s3_bucket.b`,
//! `module.m.out`) are answered by a [`Resolver`], which evaluates them lazily and memoises
//! them per module instance; names bound inside (`each`, `count`, for-expression and
//! `dynamic` iterator variables) live in a [`Scope`] chain on the stack, so nothing is cloned
//! to look a name up.

use super::budget::{Budget, shallow_bytes};
use super::functions::{self, FnCtx, FnError};
use crate::base::span::Span;
use crate::load::syntax::{BinaryOp, Expr, ExprKind, ObjectKey, Operator, TemplatePart, UnaryOp};
use crate::model::value::{Map, Unknown, Value};

/// Why an expression has no value.
#[derive(Clone, Debug, PartialEq)]
pub enum EvalError {
    /// The configuration is wrong here (Terraform would refuse it too).
    Invalid { message: String, span: Span },
    /// tfgate cannot evaluate this (an unsupported function); the value is unknown.
    Unsupported { message: String, span: Span },
    /// A reference cycle; already reported where it was found.
    Cycle,
    /// An evaluation limit was hit; already reported.
    Limit,
    /// A read outside the scanned tree was refused: an error of the run, never caught by
    /// `try` or `can`.
    Refused { message: String, span: Span },
}

impl EvalError {
    pub fn invalid(message: impl Into<String>, span: Span) -> EvalError {
        EvalError::Invalid {
            message: message.into(),
            span,
        }
    }
}

pub type EvalResult = Result<Value, EvalError>;

/// Names bound inside an expression, innermost last.
#[derive(Clone, Copy)]
pub enum Scope<'a> {
    Empty,
    Bind {
        name: &'a str,
        value: &'a Value,
        parent: &'a Scope<'a>,
    },
}

impl<'a> Scope<'a> {
    pub fn bind(&'a self, name: &'a str, value: &'a Value) -> Scope<'a> {
        Scope::Bind {
            name,
            value,
            parent: self,
        }
    }

    pub fn get(&self, wanted: &str) -> Option<&'a Value> {
        let mut cur = self;
        loop {
            match cur {
                Scope::Empty => return None,
                Scope::Bind {
                    name,
                    value,
                    parent,
                } => {
                    if *name == wanted {
                        return Some(value);
                    }
                    cur = parent;
                }
            }
        }
    }
}

/// Answers the names an expression does not bind itself.
pub trait Resolver {
    /// Resolves a reference rooted at `root` (`var`, `local`, `module`, a resource type, ...),
    /// consuming the leading operators it needs; returns the value and how many it consumed.
    fn resolve(
        &self,
        root: &str,
        ops: &[Operator],
        span: Span,
    ) -> Result<(Value, usize), EvalError>;

    /// Where file functions resolve relative paths and what they may read.
    fn fn_ctx(&self) -> FnCtx<'_>;

    /// Counts one evaluation step; errors when the step budget is spent.
    fn tick(&self) -> Result<(), EvalError> {
        Ok(())
    }

    /// What the evaluation may spend (`None`: constant expressions, which are bounded by
    /// the file they are in).
    fn budget(&self) -> Option<&Budget> {
        None
    }

    /// True inside a template file (`templatefile` may not be called there, as in
    /// Terraform).
    fn in_template(&self) -> bool {
        false
    }

    /// Reports a function tfgate does not implement (once per name).
    fn unsupported(&self, _name: &str, _span: Span) {}

    /// Functions the caller adds to Terraform's (`core::getresources` in policy files),
    /// by name without the `core::` prefix: `None` when `name` is not one of them.
    fn extension(&self, _name: &str, _args: &[Value], _span: Span) -> Option<EvalResult> {
        None
    }
}

/// Accounts `bytes` of a value being built.
fn charge(r: &dyn Resolver, bytes: u64) -> Result<(), EvalError> {
    match r.budget() {
        Some(b) => b.bytes(bytes).map_err(|_| EvalError::Limit),
        None => Ok(()),
    }
}

/// Counts the work of walking `values` whole before it starts (see [`Budget::walk`]).
fn walk(r: &dyn Resolver, values: &[&Value]) -> Result<(), EvalError> {
    match r.budget() {
        Some(b) => b.walk(values).map_err(|_| EvalError::Limit),
        None => Ok(()),
    }
}

/// Functions whose work (or result) grows with the whole of their arguments, nested
/// values included: their arguments are walked by the budget before the call.
/// [`WALKING_FUNCTIONS`] hashed: asked on every call.
static WALKING: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| WALKING_FUNCTIONS.iter().copied().collect());

const WALKING_FUNCTIONS: &[&str] = &[
    "jsonencode",
    "yamlencode",
    "flatten",
    "distinct",
    "toset",
    "tolist",
    "tomap",
    "tostring",
    "contains",
    "index",
    "setunion",
    "setintersection",
    "setsubtract",
    "setproduct",
    "format",
    "formatlist",
    "join",
    "sort",
    "coalesce",
    "coalescelist",
    "concat",
    "merge",
    "transpose",
    "zipmap",
    "base64encode",
    "textencodebase64",
    "urlencode",
    "sha1",
    "sha256",
    "sha512",
    "md5",
    "base64sha256",
    "base64sha512",
];

/// Evaluates an expression.
pub fn eval(expr: &Expr, scope: &Scope, r: &dyn Resolver) -> EvalResult {
    r.tick()?;
    let value = eval_inner(expr, scope, r)?;
    // What was built here (not what a reference shares) counts against the memory limit.
    if matches!(
        expr.kind,
        ExprKind::Tuple(_) | ExprKind::Object(_) | ExprKind::For(_) | ExprKind::Call(_)
    ) {
        charge(r, shallow_bytes(&value))?;
    }
    Ok(value)
}

fn eval_inner(expr: &Expr, scope: &Scope, r: &dyn Resolver) -> EvalResult {
    let span = expr.span;
    match &expr.kind {
        ExprKind::Null => Ok(Value::Null),
        ExprKind::Bool(b) => Ok(Value::Bool(*b)),
        ExprKind::Number(n) => Ok(Value::Number(*n)),
        ExprKind::String(s) => Ok(Value::String(s.clone())),
        ExprKind::Tuple(items) => Ok(Value::list(
            items
                .iter()
                .map(|e| eval(e, scope, r))
                .collect::<Result<_, _>>()?,
        )),
        ExprKind::Object(items) => {
            let mut fields = Map::new();
            for (key, value) in items {
                let key = match key {
                    ObjectKey::Ident(name) => name.to_string(),
                    ObjectKey::Expr(e) => match eval(e, scope, r)? {
                        Value::Unknown(_) => return Ok(Value::unknown()),
                        k => k
                            .to_str()
                            .ok_or_else(|| {
                                EvalError::invalid(
                                    format!("object key must be a string, got {}", k.type_name()),
                                    e.span,
                                )
                            })?
                            .to_string(),
                    },
                };
                fields.insert(key, eval(value, scope, r)?);
            }
            Ok(Value::object(fields))
        }
        ExprKind::Template(parts) => {
            if let [TemplatePart::Interpolation(inner)] = parts.as_slice() {
                return eval(inner, scope, r);
            }
            eval_template(parts, scope, r)
        }
        ExprKind::Variable(name) => match scope.get(name) {
            Some(v) => Ok(v.clone()),
            None => r.resolve(name, &[], span).map(|(v, _)| v),
        },
        ExprKind::Traversal(root, ops) => {
            let (value, consumed) = match &root.kind {
                ExprKind::Variable(name) => match scope.get(name) {
                    Some(v) => (v.clone(), 0),
                    None => r.resolve(name, ops, span)?,
                },
                _ => (eval(root, scope, r)?, 0),
            };
            apply_ops(value, &ops[consumed..], scope, r, span)
        }
        ExprKind::Call(call) => eval_call(call, span, scope, r),
        ExprKind::Conditional(c) => {
            let (cond, then, otherwise) = &**c;
            match eval(cond, scope, r)? {
                Value::Unknown(_) => Ok(Value::unknown()),
                v => match v.to_bool() {
                    Some(true) => eval(then, scope, r),
                    Some(false) => eval(otherwise, scope, r),
                    None => Err(EvalError::invalid(
                        format!("condition must be a bool, got {}", v.type_name()),
                        cond.span,
                    )),
                },
            }
        }
        ExprKind::Unary(op, inner) => {
            let v = eval(inner, scope, r)?;
            if v.is_unknown() {
                return Ok(Value::unknown());
            }
            match op {
                UnaryOp::Neg => v
                    .to_number()
                    .map(|n| Value::Number(-n))
                    .ok_or_else(|| EvalError::invalid("`-` needs a number", span)),
                UnaryOp::Not => v
                    .to_bool()
                    .map(|b| Value::Bool(!b))
                    .ok_or_else(|| EvalError::invalid("`!` needs a bool", span)),
            }
        }
        ExprKind::Binary(op, sides) => eval_binary(*op, &sides.0, &sides.1, span, scope, r),
        ExprKind::For(f) => eval_for(f, span, scope, r),
        ExprKind::Parenthesis(inner) => eval(inner, scope, r),
    }
}

/// Applies traversal operators (attribute, index, splats) to a value.
pub fn apply_ops(
    mut value: Value,
    ops: &[Operator],
    scope: &Scope,
    r: &dyn Resolver,
    span: Span,
) -> EvalResult {
    let mut i = 0;
    while i < ops.len() {
        match &ops[i] {
            Operator::GetAttr(name) => value = get_attr(&value, name, span)?,
            Operator::Index(e) => {
                let key = eval(e, scope, r)?;
                value = index(&value, &key, e.span)?;
            }
            Operator::AttrSplat | Operator::FullSplat => {
                let rest_len = match &ops[i] {
                    Operator::AttrSplat => ops[i + 1..]
                        .iter()
                        .take_while(|o| matches!(o, Operator::GetAttr(_)))
                        .count(),
                    _ => ops.len() - i - 1,
                };
                let rest = &ops[i + 1..i + 1 + rest_len];
                value = match value {
                    Value::Unknown(_) => Value::unknown(),
                    Value::Null => Value::list(Vec::new()),
                    Value::List(items) | Value::Set(items) => Value::list(
                        items
                            .iter()
                            .map(|v| apply_ops(v.clone(), rest, scope, r, span))
                            .collect::<Result<_, _>>()?,
                    ),
                    single => Value::list(vec![apply_ops(single, rest, scope, r, span)?]),
                };
                i += rest_len;
            }
        }
        i += 1;
    }
    Ok(value)
}

/// `value.name`
pub fn get_attr(value: &Value, name: &str, span: Span) -> EvalResult {
    if let Some(v) = value.get_attr(name) {
        return Ok(v);
    }
    Err(EvalError::invalid(
        match value {
            Value::Null => format!("cannot read attribute `{name}` of a null value"),
            Value::Object(_) => format!("this object has no attribute `{name}`"),
            other => format!(
                "a {} has no attributes (reading `{name}`)",
                other.type_name()
            ),
        },
        span,
    ))
}

/// `value[key]`
pub fn index(value: &Value, key: &Value, span: Span) -> EvalResult {
    if let Value::Unknown(u) = value {
        let Some(k) = key.to_str().filter(|_| !key.is_unknown()) else {
            return Ok(Value::unknown());
        };
        return Ok(Value::Unknown(match u {
            Unknown::Attribute { resource, path } => Unknown::Attribute {
                resource: resource.clone(),
                path: format!("{path}[{k}]").into(),
            },
            Unknown::Variable { .. }
            | Unknown::Encoded { .. }
            | Unknown::Text
            | Unknown::Template { .. }
            | Unknown::Other => Unknown::Other,
        }));
    }
    if key.is_unknown() {
        return Ok(Value::unknown());
    }
    match value {
        Value::List(items) => {
            let i = key
                .to_number()
                .filter(|n| n.fract() == 0.0 && *n >= 0.0)
                .ok_or_else(|| EvalError::invalid(format!("invalid index {key}"), span))?;
            items.get(i as usize).cloned().ok_or_else(|| {
                EvalError::invalid(
                    format!(
                        "index {} out of range for a list of {}",
                        i,
                        crate::base::plural::count(items.len(), "element", "elements")
                    ),
                    span,
                )
            })
        }
        Value::Object(obj) => {
            let k = key
                .to_str()
                .ok_or_else(|| EvalError::invalid(format!("invalid key {key}"), span))?;
            match (obj.fields.get(&*k), &obj.origin) {
                (Some(v), _) => Ok(v.clone()),
                // `aws_s3_bucket.b["arn"]` is `aws_s3_bucket.b.arn`: an attribute the
                // provider computes.
                (None, Some(origin)) => Ok(Value::Unknown(Unknown::Attribute {
                    resource: origin.clone(),
                    path: (*k).into(),
                })),
                (None, None) => Err(EvalError::invalid(
                    format!("no element with key {:?}", &*k),
                    span,
                )),
            }
        }
        Value::Set(_) => Err(EvalError::invalid(
            "elements of a set cannot be indexed; convert it with tolist() first",
            span,
        )),
        Value::Null => Err(EvalError::invalid("cannot index a null value", span)),
        other => Err(EvalError::invalid(
            format!("a {} cannot be indexed", other.type_name()),
            span,
        )),
    }
}

/// The length up to which a template with unknown parts keeps its known text.
const SHORT_TEMPLATE: usize = 256;

fn eval_template(parts: &[TemplatePart], scope: &Scope, r: &dyn Resolver) -> EvalResult {
    // Room for the literal text and a few short values, so most templates never grow it.
    let literal: usize = parts
        .iter()
        .map(|p| match p {
            TemplatePart::Literal(s) => s.len(),
            _ => 16,
        })
        .sum();
    let mut out = String::with_capacity(literal);
    let mut holes = Vec::new();
    if render_template(parts, scope, r, &mut out, &mut holes)? {
        return Ok(Value::string(out));
    }
    // A JSON document with interpolations (a policy heredoc) keeps its known text, so its
    // structure can still be read; so does a short text (an ARN built from the partition:
    // its known end still says which policy it names).
    if out.len() <= SHORT_TEMPLATE || out.trim_start().starts_with(['{', '[']) {
        return Ok(Value::Unknown(Unknown::Template {
            text: out.into(),
            holes: holes.into(),
        }));
    }
    Ok(Value::Unknown(Unknown::Text))
}

/// Appends to a template's text, within the value size limit, accounting the bytes.
fn grow(r: &dyn Resolver, out: &mut String, s: &str) -> Result<(), EvalError> {
    if let Some(b) = r.budget() {
        if (out.len() + s.len()) as u64 > b.limits().value_size {
            // Reached: recorded once, reported when the root ends.
            let _ = b.bytes(u64::MAX);
            return Err(EvalError::Limit);
        }
        b.bytes(s.len() as u64).map_err(|_| EvalError::Limit)?;
    }
    out.push_str(s);
    Ok(())
}

/// Renders template parts into `out`; returns `false` when the result is unknown, with the
/// offsets in `out` where unknown parts go in `holes`.
fn render_template(
    parts: &[TemplatePart],
    scope: &Scope,
    r: &dyn Resolver,
    out: &mut String,
    holes: &mut Vec<usize>,
) -> Result<bool, EvalError> {
    let mut known = true;
    for part in parts {
        match part {
            TemplatePart::Literal(s) => grow(r, out, s)?,
            TemplatePart::Interpolation(e) => match eval(e, scope, r)? {
                Value::Unknown(_) => {
                    known = false;
                    holes.push(out.len());
                }
                Value::Null => {
                    return Err(EvalError::invalid(
                        "cannot include a null value in a string template",
                        e.span,
                    ));
                }
                v => match v.to_str() {
                    Some(s) => grow(r, out, &s)?,
                    None => {
                        return Err(EvalError::invalid(
                            format!("cannot include a {} in a string template", v.type_name()),
                            e.span,
                        ));
                    }
                },
            },
            TemplatePart::If {
                cond,
                then,
                otherwise,
            } => match eval(cond, scope, r)? {
                Value::Unknown(_) => {
                    known = false;
                    holes.push(out.len());
                }
                v => {
                    let branch = match v.to_bool() {
                        Some(true) => then,
                        Some(false) => otherwise,
                        None => {
                            return Err(EvalError::invalid("`%{if}` needs a bool", cond.span));
                        }
                    };
                    known &= render_template(branch, scope, r, out, holes)?;
                }
            },
            TemplatePart::For {
                key_var,
                value_var,
                collection,
                body,
            } => {
                let coll = eval(collection, scope, r)?;
                let Some(items) = iterate(&coll, collection.span)? else {
                    known = false;
                    holes.push(out.len());
                    continue;
                };
                for (k, v) in items {
                    let inner = scope.bind(value_var, &v);
                    let inner2;
                    let s = match key_var {
                        Some(kv) => {
                            inner2 = inner.bind(kv, &k);
                            &inner2
                        }
                        None => &inner,
                    };
                    known &= render_template(body, s, r, out, holes)?;
                }
            }
        }
    }
    Ok(known)
}

/// The (key, value) pairs of a collection, as `for` sees them; `None` when unknown.
pub fn iterate(coll: &Value, span: Span) -> Result<Option<Vec<(Value, Value)>>, EvalError> {
    match coll {
        Value::Unknown(_) => Ok(None),
        Value::List(items) => Ok(Some(
            items
                .iter()
                .enumerate()
                .map(|(i, v)| (Value::Number(i as f64), v.clone()))
                .collect(),
        )),
        Value::Set(items) => Ok(Some(items.iter().map(|v| (v.clone(), v.clone())).collect())),
        Value::Object(obj) => Ok(Some(
            obj.fields
                .iter()
                .map(|(k, v)| (Value::string(k.as_str()), v.clone()))
                .collect(),
        )),
        Value::Null => Err(EvalError::invalid("cannot iterate over a null value", span)),
        other => Err(EvalError::invalid(
            format!("cannot iterate over a {}", other.type_name()),
            span,
        )),
    }
}

fn eval_for(
    f: &crate::load::syntax::ForExpr,
    span: Span,
    scope: &Scope,
    r: &dyn Resolver,
) -> EvalResult {
    let coll = eval(&f.collection, scope, r)?;
    let Some(items) = iterate(&coll, f.collection.span)? else {
        return Ok(Value::unknown());
    };
    let mut list = Vec::new();
    let mut map = Map::new();
    let mut groups: std::collections::BTreeMap<String, Vec<Value>> = Default::default();
    for (k, v) in items {
        let inner = scope.bind(&f.value_var, &v);
        let inner2;
        let s = match &f.key_var {
            Some(kv) => {
                inner2 = inner.bind(kv, &k);
                &inner2
            }
            None => &inner,
        };
        if let Some(cond) = &f.cond {
            match eval(cond, s, r)? {
                Value::Unknown(_) => return Ok(Value::unknown()),
                c => match c.to_bool() {
                    Some(true) => {}
                    Some(false) => continue,
                    None => return Err(EvalError::invalid("`if` clause needs a bool", cond.span)),
                },
            }
        }
        let value = eval(&f.value_expr, s, r)?;
        match &f.key_expr {
            None => list.push(value),
            Some(key_expr) => {
                let key = match eval(key_expr, s, r)? {
                    Value::Unknown(_) => return Ok(Value::unknown()),
                    key => key
                        .to_str()
                        .ok_or_else(|| {
                            EvalError::invalid("for-expression keys must be strings", key_expr.span)
                        })?
                        .to_string(),
                };
                if f.grouping {
                    groups.entry(key).or_default().push(value);
                } else if map.insert(key.clone(), value).is_some() {
                    return Err(EvalError::invalid(
                        format!("duplicate key {key:?} in for expression (use `...` to group)"),
                        span,
                    ));
                }
            }
        }
    }
    Ok(match &f.key_expr {
        None => Value::list(list),
        Some(_) if f.grouping => Value::object(
            groups
                .into_iter()
                .map(|(k, v)| (k, Value::list(v)))
                .collect(),
        ),
        Some(_) => Value::object(map),
    })
}

fn eval_binary(
    op: BinaryOp,
    lhs: &Expr,
    rhs: &Expr,
    span: Span,
    scope: &Scope,
    r: &dyn Resolver,
) -> EvalResult {
    if matches!(op, BinaryOp::And | BinaryOp::Or) {
        return eval_logical(op == BinaryOp::Or, lhs, rhs, scope, r);
    }
    let a = eval(lhs, scope, r)?;
    let b = eval(rhs, scope, r)?;
    match op {
        BinaryOp::Eq | BinaryOp::NotEq => {
            Ok(match walk(r, &[&a, &b]).map(|()| equals(&a, &b))? {
                Some(eq) => Value::Bool(eq == (op == BinaryOp::Eq)),
                None => Value::unknown(),
            })
        }
        _ => {
            let (Some(x), Some(y)) = (num_operand(&a, lhs.span)?, num_operand(&b, rhs.span)?)
            else {
                return Ok(Value::unknown());
            };
            Ok(match op {
                BinaryOp::Plus => Value::Number(x + y),
                BinaryOp::Minus => Value::Number(x - y),
                BinaryOp::Mul => Value::Number(x * y),
                BinaryOp::Div => {
                    if y == 0.0 {
                        return Err(EvalError::invalid("division by zero", span));
                    }
                    Value::Number(x / y)
                }
                BinaryOp::Mod => {
                    if y == 0.0 {
                        return Err(EvalError::invalid("modulo by zero", span));
                    }
                    Value::Number(x % y)
                }
                BinaryOp::Less => Value::Bool(x < y),
                BinaryOp::LessEq => Value::Bool(x <= y),
                BinaryOp::Greater => Value::Bool(x > y),
                BinaryOp::GreaterEq => Value::Bool(x >= y),
                BinaryOp::Eq | BinaryOp::NotEq | BinaryOp::And | BinaryOp::Or => {
                    unreachable!("handled above")
                }
            })
        }
    }
}

/// One side of `&&` or `||`.
enum Operand {
    Known(bool),
    Null,
    /// Unknown, or failed to evaluate (the error is reported only if this side decides).
    Unknown(Option<EvalError>),
}

/// `&&` (`decisive` false) and `||` (`decisive` true) as Terraform evaluates them since 1.12:
/// a side equal to `decisive` decides alone, so `var.c != null && var.c.on` does not fail
/// when `c` is null; the right side is then not evaluated at all. An unknown side makes
/// the result unknown unless the other side decides, and an error in a side is reported
/// only when that side's value matters. A null side is "not true" to HCL (cty's
/// `False()`): it decides `&&` as false, is taken as false beside an unknown in `||`, and
/// is an error only when both sides are known and neither decides. Cycles, limits and
/// refused reads always stop.
fn eval_logical(
    decisive: bool,
    lhs: &Expr,
    rhs: &Expr,
    scope: &Scope,
    r: &dyn Resolver,
) -> EvalResult {
    let operand = |e: &Expr| -> Result<Operand, EvalError> {
        match eval(e, scope, r) {
            Ok(v) if v.is_unknown() => Ok(Operand::Unknown(None)),
            Ok(v) if v.is_null() => Ok(Operand::Null),
            Ok(v) => bool_operand(&v, e.span).map(|b| Operand::Known(b.unwrap_or(false))),
            Err(e @ (EvalError::Invalid { .. } | EvalError::Unsupported { .. })) => {
                Ok(Operand::Unknown(Some(e)))
            }
            Err(e) => Err(e),
        }
    };
    let decides = |o: &Operand| match o {
        Operand::Known(x) => *x == decisive,
        Operand::Null => !decisive,
        Operand::Unknown(_) => false,
    };
    let a = operand(lhs)?;
    if decides(&a) {
        return Ok(Value::Bool(decisive));
    }
    let b = operand(rhs)?;
    if decides(&b) {
        return Ok(Value::Bool(decisive));
    }
    let null = |e: &Expr| EvalError::invalid("a bool is required, got null", e.span);
    match (a, b) {
        // An unknown side: the result is unknown, or that side's error. With both unknown,
        // the left side's error, if any, is the one reported.
        (Operand::Unknown(e), _) | (_, Operand::Unknown(e)) => {
            e.map_or_else(|| Ok(Value::unknown()), Err)
        }
        (Operand::Null, _) => Err(null(lhs)),
        (_, Operand::Null) => Err(null(rhs)),
        // Neither side is `decisive`.
        (Operand::Known(_), Operand::Known(_)) => Ok(Value::Bool(!decisive)),
    }
}

fn bool_operand(v: &Value, span: Span) -> Result<Option<bool>, EvalError> {
    if v.is_unknown() {
        return Ok(None);
    }
    v.to_bool().map(Some).ok_or_else(|| {
        EvalError::invalid(format!("a bool is required, got {}", v.type_name()), span)
    })
}

fn num_operand(v: &Value, span: Span) -> Result<Option<f64>, EvalError> {
    if v.is_unknown() {
        return Ok(None);
    }
    v.to_number().map(Some).ok_or_else(|| {
        EvalError::invalid(format!("a number is required, got {}", describe(v)), span)
    })
}

fn describe(v: &Value) -> String {
    match v {
        Value::String(s) => format!("string {s:?}"),
        other => other.type_name().to_string(),
    }
}

/// `==` as Terraform decides it on values that may hold unknowns (cty's `Equals`); `None`
/// when the answer depends on an unknown. A known value that holds an unknown somewhere is
/// still known not to be null, and values of different shapes (lengths, attribute names)
/// are unequal whatever their unknown parts turn out to be, so `var.rules != null` is known
/// when one rule's field is not. Lists are compared in order and the first unknown pair
/// decides, as in cty; sets with an unknown element are unknown. For objects and maps cty's
/// answer can depend on the order it happens to visit attributes when one pair is unknown and
/// another unequal, so that is unknown here. Types are not tracked: a set equals a list and
/// a map an object with the same elements here (never in Terraform), and an unknown of a
/// type cty does not know yet (from `jsondecode`) is treated like any unknown.
fn equals(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Unknown(u), Value::Null) | (Value::Null, Value::Unknown(u)) if u.not_null() => {
            Some(false)
        }
        (Value::Unknown(_), _) | (_, Value::Unknown(_)) => None,
        (Value::Null, Value::Null) => Some(true),
        (Value::Null, _) | (_, Value::Null) => Some(false),
        (Value::List(x) | Value::Set(x), Value::List(y) | Value::Set(y)) => {
            let set = matches!(a, Value::Set(_)) || matches!(b, Value::Set(_));
            if set && x.iter().chain(y.iter()).any(Value::contains_unknown) {
                return None;
            }
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                if !equals(p, q)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        (Value::Object(x), Value::Object(y)) => {
            if x.fields.len() != y.fields.len() || !x.fields.keys().eq(y.fields.keys()) {
                return Some(false);
            }
            let mut all = Some(true);
            for (p, q) in x.fields.values().zip(y.fields.values()) {
                match equals(p, q) {
                    None => return None,
                    Some(false) => all = Some(false),
                    Some(true) => {}
                }
            }
            all
        }
        _ => Some(a == b),
    }
}

fn eval_call(
    call: &crate::load::syntax::Call,
    span: Span,
    scope: &Scope,
    r: &dyn Resolver,
) -> EvalResult {
    // Terraform 1.8 and later also accept built-ins under the `core::` namespace; policy
    // files must use it.
    let name = call.name.strip_prefix("core::").unwrap_or(&call.name);
    match name {
        "try" => {
            let mut last = None;
            for arg in &call.args {
                match eval(arg, scope, r) {
                    Ok(v) => return Ok(v),
                    Err(e @ (EvalError::Cycle | EvalError::Limit | EvalError::Refused { .. })) => {
                        return Err(e);
                    }
                    Err(EvalError::Unsupported { .. }) => return Ok(Value::unknown()),
                    Err(e) => last = Some(e),
                }
            }
            return Err(last
                .unwrap_or_else(|| EvalError::invalid("try() needs at least one argument", span)));
        }
        "can" => {
            let [arg] = call.args.as_slice() else {
                return Err(EvalError::invalid("can() takes exactly one argument", span));
            };
            return match eval(arg, scope, r) {
                Ok(v) if v.is_unknown() => Ok(Value::unknown()),
                Ok(_) => Ok(Value::Bool(true)),
                Err(e @ (EvalError::Cycle | EvalError::Limit | EvalError::Refused { .. })) => {
                    Err(e)
                }
                Err(EvalError::Unsupported { .. }) => Ok(Value::unknown()),
                Err(EvalError::Invalid { .. }) => Ok(Value::Bool(false)),
            };
        }
        _ => {}
    }
    // Most calls take up to three arguments: those live on the stack, not in a vector
    // allocated and freed per call (policies call functions for every resource they judge).
    if !call.expand_final && call.args.len() <= 3 {
        let mut held = [Value::Null, Value::Null, Value::Null];
        for (slot, arg) in held.iter_mut().zip(&call.args) {
            *slot = eval(arg, scope, r)?;
        }
        return call_with(call, name, &held[..call.args.len()], span, r);
    }
    let mut args = Vec::with_capacity(call.args.len());
    for (i, arg) in call.args.iter().enumerate() {
        let v = eval(arg, scope, r)?;
        if call.expand_final && i + 1 == call.args.len() {
            match v {
                Value::List(items) | Value::Set(items) => args.extend(items.iter().cloned()),
                Value::Unknown(_) => return Ok(Value::unknown()),
                other => {
                    return Err(EvalError::invalid(
                        format!("`...` needs a list, got {}", other.type_name()),
                        arg.span,
                    ));
                }
            }
        } else {
            args.push(v);
        }
    }
    call_with(call, name, &args, span, r)
}

/// A call whose arguments are evaluated: `name` is the function without `core::`.
fn call_with(
    call: &crate::load::syntax::Call,
    name: &str,
    args: &[Value],
    span: Span,
    r: &dyn Resolver,
) -> EvalResult {
    if name == "templatefile" {
        return templatefile(args, span, r);
    }
    if r.budget().is_some() && WALKING.contains(name) {
        walk(r, &args.iter().collect::<Vec<_>>())?;
    }
    if let Some(result) = r.extension(name, args, span) {
        return result;
    }
    if name == "replace"
        && let (Some(b), [Value::String(s), Value::String(find), Value::String(with)]) =
            (r.budget(), args)
    {
        // Every match may become the replacement: refused before it is built.
        let matches = (s.len() / find.len().max(1)) as u64;
        let worst = (s.len() as u64).saturating_add(matches.saturating_mul(with.len() as u64));
        if worst > b.limits().value_size {
            b.bytes(worst).map_err(|_| EvalError::Limit)?;
        }
    }
    if functions::is_provider_function(name) {
        // Provider-defined functions run in the provider, which a scan never starts.
        return Ok(Value::unknown());
    }
    match functions::call(name, args, &r.fn_ctx()) {
        Ok(v) => Ok(v),
        Err(FnError::Unsupported(name)) => {
            r.unsupported(&name, span);
            Err(EvalError::Unsupported {
                message: format!("function `{name}` is not supported by tfgate"),
                span,
            })
        }
        Err(FnError::Invalid(message)) => Err(EvalError::Invalid {
            message: format!("{}(): {message}", call.name),
            span,
        }),
        Err(FnError::Refused(message)) => Err(EvalError::Refused {
            message: format!("{}(): {message}", call.name),
            span,
        }),
    }
}

/// `templatefile(path, vars)`: the template sees only `vars` and functions.
fn templatefile(args: &[Value], span: Span, r: &dyn Resolver) -> EvalResult {
    let [path, vars] = args else {
        return Err(EvalError::invalid(
            "templatefile() takes a path and an object of variables",
            span,
        ));
    };
    if r.in_template() {
        // As in Terraform: a template that includes itself would never end.
        return Err(EvalError::Refused {
            message: "templatefile() cannot be called recursively, from inside a template (Terraform refuses it too)".to_string(),
            span,
        });
    }
    if path.is_unknown() {
        return Ok(Value::unknown());
    }
    let cx = r.fn_ctx();
    let text = match functions::call("file", std::slice::from_ref(path), &cx) {
        Ok(Value::String(s)) => s,
        Ok(_) => return Ok(Value::unknown()),
        Err(FnError::Invalid(m)) => {
            return Err(EvalError::invalid(format!("templatefile(): {m}"), span));
        }
        Err(FnError::Unsupported(m)) => return Err(EvalError::Unsupported { message: m, span }),
        Err(FnError::Refused(m)) => {
            return Err(EvalError::Refused {
                message: format!("templatefile(): {m}"),
                span,
            });
        }
    };
    let parsed = match cx.files {
        Some(cache) => cache.template(&text),
        None => crate::load::hcl::parse_template(&text).map(std::sync::Arc::new),
    };
    let parts = parsed.map_err(|e| {
        EvalError::invalid(
            format!(
                "templatefile(): template {path} line {}: {}",
                e.line, e.message
            ),
            span,
        )
    })?;
    let bindings: Vec<(String, Value)> = match vars {
        Value::Object(obj) => obj
            .fields
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
        Value::Unknown(_) => return Ok(Value::unknown()),
        Value::Null => Vec::new(),
        other => {
            return Err(EvalError::invalid(
                format!(
                    "templatefile() variables must be an object, got {}",
                    other.type_name()
                ),
                span,
            ));
        }
    };
    let isolated = Isolated { outer: r, span };
    bind_all(&bindings, &Scope::Empty, &|scope| {
        eval_template_with_span(&parts, scope, &isolated, span)
    })
}

fn eval_template_with_span(
    parts: &[TemplatePart],
    scope: &Scope,
    r: &dyn Resolver,
    span: Span,
) -> EvalResult {
    if let [TemplatePart::Interpolation(inner)] = parts {
        return eval(inner, scope, r).map_err(|e| relocate(e, span));
    }
    eval_template(parts, scope, r).map_err(|e| relocate(e, span))
}

/// Errors inside a template file point at the `templatefile()` call in the configuration.
fn relocate(e: EvalError, span: Span) -> EvalError {
    match e {
        EvalError::Invalid { message, .. } => EvalError::Invalid { message, span },
        EvalError::Unsupported { message, .. } => EvalError::Unsupported { message, span },
        EvalError::Refused { message, .. } => EvalError::Refused { message, span },
        other => other,
    }
}

fn bind_all(
    bindings: &[(String, Value)],
    scope: &Scope,
    f: &dyn Fn(&Scope) -> EvalResult,
) -> EvalResult {
    match bindings.split_first() {
        None => f(scope),
        Some(((name, value), rest)) => bind_all(rest, &scope.bind(name, value), f),
    }
}

/// The resolver a template file sees: no references, only functions.
struct Isolated<'a> {
    outer: &'a dyn Resolver,
    span: Span,
}

impl Resolver for Isolated<'_> {
    fn resolve(
        &self,
        root: &str,
        _ops: &[Operator],
        _span: Span,
    ) -> Result<(Value, usize), EvalError> {
        Err(EvalError::invalid(
            format!("templatefile(): `{root}` is not among the template's variables"),
            self.span,
        ))
    }

    fn fn_ctx(&self) -> FnCtx<'_> {
        self.outer.fn_ctx()
    }

    fn tick(&self) -> Result<(), EvalError> {
        self.outer.tick()
    }

    fn budget(&self) -> Option<&Budget> {
        self.outer.budget()
    }

    fn in_template(&self) -> bool {
        true
    }

    fn unsupported(&self, name: &str, span: Span) {
        self.outer.unsupported(name, span);
    }
}

/// A resolver for constant expressions (variable defaults, `.tfvars` values).
pub struct Constants<'a> {
    pub ctx: FnCtx<'a>,
}

impl Resolver for Constants<'_> {
    fn resolve(
        &self,
        root: &str,
        _ops: &[Operator],
        span: Span,
    ) -> Result<(Value, usize), EvalError> {
        Err(EvalError::invalid(
            format!("`{root}` cannot be referenced here: only constant values are allowed"),
            span,
        ))
    }

    fn fn_ctx(&self) -> FnCtx<'_> {
        FnCtx {
            dirs: self.ctx.dirs,
            files: self.ctx.files,
        }
    }
}

/// Evaluates a constant expression with no file access (tests, CLI values).
pub fn eval_constant(expr: &Expr) -> EvalResult {
    let none = "/nonexistent-tfgate-root";
    let dirs = functions::Dirs::fixed(none.into(), none.into());
    let r = Constants {
        ctx: FnCtx {
            dirs: &dirs,
            files: None,
        },
    };
    eval(expr, &Scope::Empty, &r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::hcl::parse_expr;

    /// How `run` shows an unknown value.
    const UNKNOWN_TEXT: &str = "(known after apply: known after apply)";

    fn run(src: &str) -> String {
        let expr = parse_expr(src).unwrap_or_else(|e| panic!("{src}: {}", e.message));
        match eval_constant(&expr) {
            Ok(v) => v.to_string(),
            Err(EvalError::Invalid { message, .. }) => format!("error: {message}"),
            Err(e) => format!("{e:?}"),
        }
    }

    #[test]
    fn expressions() {
        let cases = [
            ("1 + 2 * 3", "7"),
            // Terraform 1.8+ built-ins under `core::` (policy files must use it).
            ("core::contains([\"a\"], \"a\")", "true"),
            ("core::try(null.x, 2)", "2"),
            ("core::can(null.x)", "false"),
            ("\"5\" + 1", "6"),
            ("true && false || true", "true"),
            ("1 == 1.0", "true"),
            ("\"1\" == 1", "false"),
            ("[1, 2][1]", "2"),
            ("{a = {b = 3}}.a.b", "3"),
            ("{a = 1}[\"a\"]", "1"),
            ("[{x = 1}, {x = 2}][*].x", "[1, 2]"),
            ("[{x = 1}, {x = 2}].*.x", "[1, 2]"),
            ("null[*]", "[]"),
            ("[for s in [\"a\", \"b\"] : upper(s)]", "[\"A\", \"B\"]"),
            (
                "{for k, v in {a = 1, b = 2} : v => k}",
                "{1 = \"a\", 2 = \"b\"}",
            ),
            ("[for i, v in [10, 20, 30] : v if i > 0]", "[20, 30]"),
            (
                "{for s in [\"a\", \"b\", \"a\"] : s => s...}",
                "{a = [\"a\", \"a\"], b = [\"b\"]}",
            ),
            ("\"x-${1 + 1}-y\"", "\"x-2-y\""),
            ("\"%{ for v in [1, 2] }${v};%{ endfor }\"", "\"1;2;\""),
            ("\"%{ if true }yes%{ else }no%{ endif }\"", "\"yes\""),
            ("true ? \"a\" : \"b\"", "\"a\""),
            ("try(null.x, \"fallback\")", "\"fallback\""),
            ("can([1][5])", "false"),
            ("can([1][0])", "true"),
            ("-(3)", "-3"),
            ("!false", "true"),
            ("5 % 3", "2"),
            ("max([1, 5, 3]...)", "5"),
        ];
        for (src, expected) in cases {
            assert_eq!(run(src), expected, "{src}");
        }
    }

    #[test]
    fn equality_is_known_where_unknown_parts_cannot_change_it() {
        // `timestamp()` is known only at apply: `t` is an unknown string.
        let t = "timestamp()";
        let cases = [
            // A known value holding an unknown is not null.
            (format!("[{{ cidr = {t} }}] != null"), "true"),
            (format!("{{ a = [{t}] }} == null"), "false"),
            (format!("null == [{t}]"), "false"),
            (format!("{t} == null"), UNKNOWN_TEXT),
            (format!("{t} == {t}"), UNKNOWN_TEXT),
            // Different lengths or attribute names: unequal whatever the unknowns are.
            (format!("[{t}] == [1, 2]"), "false"),
            (format!("{{ a = {t} }} == {{ b = 1 }}"), "false"),
            (format!("{{ a = {t} }} == {{}}"), "false"),
            // Same shape: the unknown decides, in list order as Terraform compares.
            (format!("[{t}, 1] == [\"x\", 2]"), UNKNOWN_TEXT),
            (format!("[1, {t}] == [2, \"x\"]"), "false"),
            (
                format!("{{ a = {t}, b = 1 }} == {{ a = \"x\", b = 2 }}"),
                UNKNOWN_TEXT,
            ),
            (
                format!("toset([{t}]) == toset([\"a\", \"b\"])"),
                UNKNOWN_TEXT,
            ),
            // A template's text is never null, even when it is unknown; a template that is
            // one interpolation is the value itself.
            (format!("\"arn:${{{t}}}\" != null"), "true"),
            (format!("\"arn:${{{t}}}\" == null"), "false"),
            (format!("\"${{{t}}}\" == null"), UNKNOWN_TEXT),
            (format!("jsonencode({{ a = {t} }}) == null"), "false"),
            (format!("\"arn:${{{t}}}\" == \"arn:x\""), UNKNOWN_TEXT),
            ("[1, [2]] == [1, [2]]".to_string(), "true"),
            ("{ a = null } == { a = null }".to_string(), "true"),
        ];
        for (src, expected) in cases {
            assert_eq!(run(&src), expected, "{src}");
        }
    }

    #[test]
    fn logical_operators_short_circuit_as_terraform_does() {
        // `timestamp()` is known only at apply: `u` is an unknown bool.
        let u = "(timestamp() == \"\")";
        let null_attr = "error: cannot read attribute `x` of a null value";
        let cases = [
            ("false && null.x".to_string(), "false"),
            ("true || null.x".to_string(), "true"),
            ("null.x && false".to_string(), "false"),
            ("null.x || true".to_string(), "true"),
            ("true && null.x".to_string(), null_attr),
            ("false || null.x".to_string(), null_attr),
            (format!("{u} && null.x"), UNKNOWN_TEXT),
            (format!("null.x && {u}"), null_attr),
            (format!("{u} && false"), "false"),
            (format!("false && {u}"), "false"),
            (format!("{u} && true"), UNKNOWN_TEXT),
            (format!("{u} || true"), "true"),
            (format!("{u} || false"), UNKNOWN_TEXT),
            ("false && null".to_string(), "false"),
            // A null side is not true (HCL's short-circuit uses cty's `False()`).
            ("true && null".to_string(), "false"),
            ("null && true".to_string(), "false"),
            (format!("{u} && null"), "false"),
            (format!("null && {u}"), "false"),
            ("null || true".to_string(), "true"),
            (format!("null || {u}"), UNKNOWN_TEXT),
            (format!("{u} || null"), UNKNOWN_TEXT),
            (
                "false || null".to_string(),
                "error: a bool is required, got null",
            ),
            (
                "null || null".to_string(),
                "error: a bool is required, got null",
            ),
            ("null.x || null".to_string(), null_attr),
            ("\"true\" && true".to_string(), "true"),
            ("true && false".to_string(), "false"),
            ("false || false".to_string(), "false"),
            (
                "1 && true".to_string(),
                "error: a bool is required, got number",
            ),
        ];
        for (src, expected) in cases {
            assert_eq!(run(&src), expected, "{src}");
        }
    }

    #[test]
    fn errors() {
        let cases = [
            ("1 / 0", "error: division by zero"),
            ("null.x", "error: cannot read attribute `x` of a null value"),
            (
                "[1][3]",
                "error: index 3 out of range for a list of 1 element",
            ),
            (
                "var.x",
                "error: `var` cannot be referenced here: only constant values are allowed",
            ),
            (
                "{for s in [\"a\", \"a\"] : s => 1}",
                "error: duplicate key \"a\" in for expression (use `...` to group)",
            ),
        ];
        for (src, expected) in cases {
            assert_eq!(run(src), expected, "{src}");
        }
    }
}
