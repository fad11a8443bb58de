//! Terraform's JSON configuration syntax (`.tf.json`) and `.tfvars.json`.
//!
//! serde_json cannot report byte spans, and findings and fixes need them, so this file has
//! its own small JSON parser that keeps a span for every value and key. The document is
//! then lowered into tfgate's syntax tree following Terraform's JSON syntax: block types and
//! labels are nested object levels, strings are templates (`"${var.x}"`).

use std::sync::Arc;

use super::hcl::ParseError;
use super::syntax::{Attribute, Block, Body, Expr, ExprKind, ObjectKey, Span, TemplatePart};

/// A JSON value with its byte span.
#[derive(Clone, Debug, PartialEq)]
pub struct JsonValue {
    pub kind: JsonKind,
    pub span: Span,
}

/// The kinds of JSON values; object members keep their order, duplicates and key spans.
#[derive(Clone, Debug, PartialEq)]
pub enum JsonKind {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<JsonValue>),
    Object(Vec<(String, Span, JsonValue)>),
}

/// Deepest nesting accepted; deeper documents are an error, never a stack overflow.
const MAX_DEPTH: usize = 128;

/// Parses a JSON document with spans.
pub fn parse_json(src: &str) -> Result<JsonValue, ParseError> {
    let mut p = Parser {
        src,
        bytes: src.as_bytes(),
        pos: 0,
        depth: 0,
    };
    p.skip_ws();
    let v = p.value()?;
    p.skip_ws();
    if p.pos < p.bytes.len() {
        return Err(p.error("unexpected text after the JSON document"));
    }
    Ok(v)
}

struct Parser<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    fn error(&self, message: &str) -> ParseError {
        error_at(self.src, self.pos, message)
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
    }

    fn value(&mut self) -> Result<JsonValue, ParseError> {
        let start = self.pos;
        let kind = match self.bytes.get(self.pos) {
            None => return Err(self.error("unexpected end of file, expected a value")),
            Some(b'{') => self.object()?,
            Some(b'[') => self.array()?,
            Some(b'"') => JsonKind::String(self.string()?),
            Some(b't') => self.literal("true", JsonKind::Bool(true))?,
            Some(b'f') => self.literal("false", JsonKind::Bool(false))?,
            Some(b'n') => self.literal("null", JsonKind::Null)?,
            Some(b'-' | b'0'..=b'9') => self.number()?,
            Some(_) => return Err(self.error("expected a JSON value")),
        };
        Ok(JsonValue {
            kind,
            span: Span::new(start..self.pos),
        })
    }

    fn literal(&mut self, word: &str, kind: JsonKind) -> Result<JsonKind, ParseError> {
        if self.src[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(kind)
        } else {
            Err(self.error("expected a JSON value"))
        }
    }

    fn number(&mut self) -> Result<JsonKind, ParseError> {
        let start = self.pos;
        while let Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
        self.src[start..self.pos]
            .parse::<f64>()
            .map(JsonKind::Number)
            .map_err(|_| error_at(self.src, start, "invalid number"))
    }

    fn enter(&mut self) -> Result<(), ParseError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error("JSON nested more than 128 levels deep"));
        }
        Ok(())
    }

    fn array(&mut self) -> Result<JsonKind, ParseError> {
        self.enter()?;
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_ws();
        if self.bytes.get(self.pos) == Some(&b']') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(JsonKind::Array(items));
        }
        loop {
            self.skip_ws();
            items.push(self.value()?);
            self.skip_ws();
            match self.bytes.get(self.pos) {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    break;
                }
                _ => return Err(self.error("expected `,` or `]` after array element")),
            }
        }
        self.depth -= 1;
        Ok(JsonKind::Array(items))
    }

    fn object(&mut self) -> Result<JsonKind, ParseError> {
        self.enter()?;
        self.pos += 1;
        let mut members = Vec::new();
        self.skip_ws();
        if self.bytes.get(self.pos) == Some(&b'}') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(JsonKind::Object(members));
        }
        loop {
            self.skip_ws();
            if self.bytes.get(self.pos) != Some(&b'"') {
                return Err(self.error("expected a string key in object"));
            }
            let key_start = self.pos;
            let key = self.string()?;
            let key_span = Span::new(key_start..self.pos);
            self.skip_ws();
            if self.bytes.get(self.pos) != Some(&b':') {
                return Err(self.error("expected `:` after object key"));
            }
            self.pos += 1;
            self.skip_ws();
            let value = self.value()?;
            members.push((key, key_span, value));
            self.skip_ws();
            match self.bytes.get(self.pos) {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    break;
                }
                _ => return Err(self.error("expected `,` or `}` after object member")),
            }
        }
        self.depth -= 1;
        Ok(JsonKind::Object(members))
    }

    fn string(&mut self) -> Result<String, ParseError> {
        let start = self.pos;
        self.pos += 1;
        let mut out = String::new();
        loop {
            let Some(&b) = self.bytes.get(self.pos) else {
                return Err(error_at(self.src, start, "unterminated string"));
            };
            match b {
                b'"' => {
                    self.pos += 1;
                    return Ok(out);
                }
                b'\\' => {
                    self.pos += 1;
                    let Some(&e) = self.bytes.get(self.pos) else {
                        return Err(error_at(self.src, start, "unterminated string"));
                    };
                    self.pos += 1;
                    match e {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => out.push(self.unicode_escape()?),
                        _ => {
                            return Err(error_at(
                                self.src,
                                self.pos - 2,
                                "invalid escape in string",
                            ));
                        }
                    }
                }
                0x00..=0x1f => return Err(self.error("control character in string")),
                _ => {
                    // Copy a run of plain characters at once (always on char boundaries,
                    // since `"` and `\\` are ASCII).
                    let run_start = self.pos;
                    while let Some(&c) = self.bytes.get(self.pos) {
                        if c == b'"' || c == b'\\' || c < 0x20 {
                            break;
                        }
                        self.pos += 1;
                    }
                    out.push_str(&self.src[run_start..self.pos]);
                }
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let digits = self
            .src
            .get(self.pos..self.pos + 4)
            .ok_or_else(|| self.error("invalid \\u escape"))?;
        let v = u32::from_str_radix(digits, 16).map_err(|_| self.error("invalid \\u escape"))?;
        self.pos += 4;
        Ok(v)
    }

    fn unicode_escape(&mut self) -> Result<char, ParseError> {
        let first = self.hex4()?;
        if (0xD800..0xDC00).contains(&first) {
            if self.src[self.pos..].starts_with("\\u") {
                self.pos += 2;
                let second = self.hex4()?;
                if (0xDC00..0xE000).contains(&second) {
                    let c = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                    return char::from_u32(c).ok_or_else(|| self.error("invalid surrogate pair"));
                }
            }
            return Err(self.error("unpaired surrogate in \\u escape"));
        }
        char::from_u32(first).ok_or_else(|| self.error("invalid \\u escape"))
    }
}

fn error_at(src: &str, offset: usize, message: &str) -> ParseError {
    let offset = offset.min(src.len());
    let before = src.get(..offset).unwrap_or(src);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    ParseError {
        message: message.to_string(),
        line,
        column,
        offset,
    }
}

/// Labels each top-level block type takes.
fn label_count(kind: &str) -> usize {
    match kind {
        "resource" | "data" => 2,
        "module" | "variable" | "output" | "provider" => 1,
        _ => 0,
    }
}

/// Nested block types lowered as blocks inside resources (everything else stays an
/// argument whose value is the JSON object or list, which rules read alike).
const NESTED_BLOCKS: &[&str] = &[
    "lifecycle",
    "provisioner",
    "connection",
    "dynamic",
    "validation",
    "precondition",
    "postcondition",
];

/// Parses a `.tf.json` document into a [`Body`].
pub fn parse_tf_json(src: &str) -> Result<Body, ParseError> {
    let doc = parse_json(src)?;
    let JsonKind::Object(members) = &doc.kind else {
        return Err(error_at(
            src,
            doc.span.start as usize,
            "a .tf.json file must be a JSON object",
        ));
    };
    let mut body = Body::default();
    for (kind, key_span, value) in members {
        if kind == "//" {
            continue;
        }
        let mut labels = Vec::new();
        lower_block_levels(
            src,
            kind,
            *key_span,
            value,
            label_count(kind),
            &mut labels,
            &mut body.blocks,
        )?;
    }
    Ok(body)
}

/// Descends `labels` object levels, then lowers the body (or each body of an array).
fn lower_block_levels(
    src: &str,
    kind: &str,
    key_span: Span,
    value: &JsonValue,
    remaining: usize,
    labels: &mut Vec<String>,
    out: &mut Vec<Block>,
) -> Result<(), ParseError> {
    if remaining == 0 {
        let bodies: Vec<&JsonValue> = match &value.kind {
            JsonKind::Array(items) => items.iter().collect(),
            _ => vec![value],
        };
        for b in bodies {
            let body = lower_body(src, kind, b)?;
            out.push(Block {
                kind: kind.to_string(),
                labels: labels.clone(),
                body,
                span: Span {
                    start: key_span.start,
                    end: b.span.end,
                },
            });
        }
        return Ok(());
    }
    let JsonKind::Object(members) = &value.kind else {
        if let JsonKind::Array(items) = &value.kind {
            for item in items {
                lower_block_levels(src, kind, key_span, item, remaining, labels, out)?;
            }
            return Ok(());
        }
        return Err(error_at(
            src,
            value.span.start as usize,
            &format!("expected an object of `{kind}` labels"),
        ));
    };
    for (label, label_span, inner) in members {
        if label == "//" {
            continue;
        }
        labels.push(label.clone());
        lower_block_levels(
            src,
            kind,
            if remaining == label_count(kind) {
                key_span
            } else {
                *label_span
            },
            inner,
            remaining - 1,
            labels,
            out,
        )?;
        labels.pop();
    }
    Ok(())
}

/// Lowers a block body object. In `locals`, every member is an attribute; `variable`'s
/// `type` is a type expression, not a template.
fn lower_body(src: &str, kind: &str, value: &JsonValue) -> Result<Body, ParseError> {
    let JsonKind::Object(members) = &value.kind else {
        return Err(error_at(
            src,
            value.span.start as usize,
            &format!("the body of a `{kind}` block must be an object"),
        ));
    };
    let mut body = Body::default();
    for (name, key_span, v) in members {
        if name == "//" {
            continue;
        }
        let span = Span {
            start: key_span.start,
            end: v.span.end,
        };
        let is_block =
            kind != "locals" && kind != "terraform" && NESTED_BLOCKS.contains(&name.as_str());
        if kind == "terraform" && matches!(&v.kind, JsonKind::Object(_)) {
            body.blocks.push(Block {
                kind: name.clone(),
                labels: Vec::new(),
                body: Body::default(),
                span,
            });
            continue;
        }
        if is_block {
            lower_nested_block(src, name, *key_span, v, &mut body.blocks)?;
            continue;
        }
        let expr = if kind == "variable" && name == "type" {
            match &v.kind {
                JsonKind::String(s) => {
                    let mut e =
                        super::hcl::parse_expr(s).map_err(|e| inner_error(src, v.span, e))?;
                    respan(&mut e, v.span);
                    e
                }
                _ => lower_expr(src, v)?,
            }
        } else {
            lower_expr(src, v)?
        };
        body.attributes.push(Attribute {
            name: name.clone(),
            expr,
            span,
        });
    }
    Ok(body)
}

/// Lowers a nested block: `dynamic` takes one label (the block type), `provisioner` one
/// (its kind); the others none.
fn lower_nested_block(
    src: &str,
    kind: &str,
    key_span: Span,
    value: &JsonValue,
    out: &mut Vec<Block>,
) -> Result<(), ParseError> {
    let labelled = matches!(kind, "dynamic" | "provisioner");
    let values: Vec<&JsonValue> = match &value.kind {
        JsonKind::Array(items) => items.iter().collect(),
        _ => vec![value],
    };
    for v in values {
        if labelled {
            let JsonKind::Object(members) = &v.kind else {
                return Err(error_at(
                    src,
                    v.span.start as usize,
                    &format!("expected an object of `{kind}` labels"),
                ));
            };
            for (label, _, inner) in members {
                if label == "//" {
                    continue;
                }
                let mut body = lower_body(src, kind, inner)?;
                // `content` inside `dynamic` is a block.
                if kind == "dynamic"
                    && let Some(pos) = body.attributes.iter().position(|a| a.name == "content")
                {
                    let attr = body.attributes.remove(pos);
                    let content = find_member(inner, "content");
                    let content_body = match content {
                        Some(c) => lower_block_body_generic(src, c)?,
                        None => Body::default(),
                    };
                    body.blocks.push(Block {
                        kind: "content".into(),
                        labels: Vec::new(),
                        body: content_body,
                        span: attr.span,
                    });
                }
                out.push(Block {
                    kind: kind.to_string(),
                    labels: vec![label.clone()],
                    body,
                    span: Span {
                        start: key_span.start,
                        end: inner.span.end,
                    },
                });
            }
        } else {
            out.push(Block {
                kind: kind.to_string(),
                labels: Vec::new(),
                body: lower_block_body_generic(src, v)?,
                span: Span {
                    start: key_span.start,
                    end: v.span.end,
                },
            });
        }
    }
    Ok(())
}

/// A generic nested body: every member an attribute (resource schemas are unknown here).
fn lower_block_body_generic(src: &str, value: &JsonValue) -> Result<Body, ParseError> {
    lower_body(src, "content", value)
}

fn find_member<'a>(value: &'a JsonValue, name: &str) -> Option<&'a JsonValue> {
    match &value.kind {
        JsonKind::Object(members) => members
            .iter()
            .find(|(k, _, _)| k == name)
            .map(|(_, _, v)| v),
        _ => None,
    }
}

/// Lowers a JSON value in expression position: strings are templates.
fn lower_expr(src: &str, v: &JsonValue) -> Result<Expr, ParseError> {
    let kind = match &v.kind {
        JsonKind::Null => ExprKind::Null,
        JsonKind::Bool(b) => ExprKind::Bool(*b),
        JsonKind::Number(n) => ExprKind::Number(*n),
        JsonKind::String(s) => return lower_string(src, s, v.span),
        JsonKind::Array(items) => ExprKind::Tuple(
            items
                .iter()
                .map(|i| lower_expr(src, i))
                .collect::<Result<_, _>>()?,
        ),
        JsonKind::Object(members) => ExprKind::Object(
            members
                .iter()
                .filter(|(k, _, _)| k != "//")
                .map(|(k, key_span, val)| {
                    let key = if k.contains("${") {
                        ObjectKey::Expr(lower_string(src, k, *key_span)?)
                    } else {
                        ObjectKey::Ident(Arc::from(k.as_str()))
                    };
                    Ok((key, lower_expr(src, val)?))
                })
                .collect::<Result<_, ParseError>>()?,
        ),
    };
    Ok(Expr { kind, span: v.span })
}

/// A JSON string as a template. Sub-expression spans point into the file when the string
/// has no escapes (offsets match); otherwise they all take the whole string's span.
fn lower_string(src: &str, s: &str, span: Span) -> Result<Expr, ParseError> {
    if !s.contains("${") && !s.contains("%{") {
        return Ok(Expr {
            kind: ExprKind::String(Arc::from(s)),
            span,
        });
    }
    let parts = super::hcl::parse_template(s).map_err(|e| inner_error(src, span, e))?;
    let raw = src
        .get(span.start as usize + 1..(span.end as usize).saturating_sub(1))
        .unwrap_or("");
    let exact = raw == s;
    let mut parts = parts;
    for part in &mut parts {
        shift_part(part, span, exact);
    }
    let kind = match parts.as_slice() {
        [TemplatePart::Interpolation(e)] => return Ok(e.clone()),
        [TemplatePart::Literal(l)] => ExprKind::String(Arc::from(l.as_str())),
        _ => ExprKind::Template(parts),
    };
    Ok(Expr { kind, span })
}

/// An error inside a string, located in the file.
fn inner_error(src: &str, span: Span, e: ParseError) -> ParseError {
    let offset = span.start as usize + 1 + e.offset;
    let mut located = error_at(src, offset, &e.message);
    located.message = format!("in template string: {}", e.message);
    located
}

fn shift_part(part: &mut TemplatePart, string_span: Span, exact: bool) {
    match part {
        TemplatePart::Literal(_) => {}
        TemplatePart::Interpolation(e) => shift(e, string_span, exact),
        TemplatePart::If {
            cond,
            then,
            otherwise,
        } => {
            shift(cond, string_span, exact);
            then.iter_mut()
                .chain(otherwise.iter_mut())
                .for_each(|p| shift_part(p, string_span, exact));
        }
        TemplatePart::For {
            collection, body, ..
        } => {
            shift(collection, string_span, exact);
            body.iter_mut()
                .for_each(|p| shift_part(p, string_span, exact));
        }
    }
}

/// Moves spans relative to the string content into file offsets.
fn shift(e: &mut Expr, string_span: Span, exact: bool) {
    e.span = if exact {
        let base = string_span.start + 1;
        Span {
            start: e.span.start + base,
            end: e.span.end + base,
        }
    } else {
        string_span
    };
    visit_children(e, &mut |c| shift(c, string_span, exact));
}

/// Gives every node of an expression the same span (a type string in `.tf.json`).
fn respan(e: &mut Expr, span: Span) {
    e.span = span;
    visit_children(e, &mut |c| respan(c, span));
}

fn visit_children(e: &mut Expr, f: &mut dyn FnMut(&mut Expr)) {
    match &mut e.kind {
        ExprKind::Null
        | ExprKind::Bool(_)
        | ExprKind::Number(_)
        | ExprKind::String(_)
        | ExprKind::Variable(_) => {}
        ExprKind::Tuple(items) => items.iter_mut().for_each(f),
        ExprKind::Object(items) => {
            for (k, v) in items {
                if let ObjectKey::Expr(k) = k {
                    f(k);
                }
                f(v);
            }
        }
        ExprKind::Template(parts) => {
            for p in parts {
                visit_part(p, f);
            }
        }
        ExprKind::Traversal(root, ops) => {
            f(root);
            for op in ops {
                if let super::syntax::Operator::Index(i) = op {
                    f(i);
                }
            }
        }
        ExprKind::Call(c) => c.args.iter_mut().for_each(f),
        ExprKind::Conditional(c) => {
            f(&mut c.0);
            f(&mut c.1);
            f(&mut c.2);
        }
        ExprKind::Unary(_, inner) | ExprKind::Parenthesis(inner) => f(inner),
        ExprKind::Binary(_, sides) => {
            f(&mut sides.0);
            f(&mut sides.1);
        }
        ExprKind::For(fe) => {
            f(&mut fe.collection);
            if let Some(k) = &mut fe.key_expr {
                f(k);
            }
            f(&mut fe.value_expr);
            if let Some(c) = &mut fe.cond {
                f(c);
            }
        }
    }
}

fn visit_part(p: &mut TemplatePart, f: &mut dyn FnMut(&mut Expr)) {
    match p {
        TemplatePart::Literal(_) => {}
        TemplatePart::Interpolation(e) => f(e),
        TemplatePart::If {
            cond,
            then,
            otherwise,
        } => {
            f(cond);
            then.iter_mut()
                .chain(otherwise.iter_mut())
                .for_each(|p| visit_part(p, f));
        }
        TemplatePart::For {
            collection, body, ..
        } => {
            f(collection);
            body.iter_mut().for_each(|p| visit_part(p, f));
        }
    }
}

/// Parses a `.tfvars.json` file: an object of variable names to literal values.
pub fn parse_tfvars_json(src: &str) -> Result<Vec<(String, Span, serde_json::Value)>, ParseError> {
    let doc = parse_json(src)?;
    let JsonKind::Object(members) = doc.kind else {
        return Err(error_at(
            src,
            doc.span.start as usize,
            "a .tfvars.json file must be a JSON object of variable values",
        ));
    };
    Ok(members
        .into_iter()
        .map(|(name, key_span, v)| {
            let span = Span {
                start: key_span.start,
                end: v.span.end,
            };
            (name, span, to_serde(&v))
        })
        .collect())
}

fn to_serde(v: &JsonValue) -> serde_json::Value {
    match &v.kind {
        JsonKind::Null => serde_json::Value::Null,
        JsonKind::Bool(b) => serde_json::Value::Bool(*b),
        JsonKind::Number(n) => serde_json::Number::from_f64(*n)
            .map_or(serde_json::Value::Null, serde_json::Value::Number),
        JsonKind::String(s) => serde_json::Value::String(s.clone()),
        JsonKind::Array(items) => serde_json::Value::Array(items.iter().map(to_serde).collect()),
        JsonKind::Object(members) => serde_json::Value::Object(
            members
                .iter()
                .map(|(k, _, v)| (k.clone(), to_serde(v)))
                .collect(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_labels_and_templates() {
        let src = r#"{
  "//": "comment",
  "resource": { "aws_s3_bucket": { "b": { "bucket": "${var.name}-logs", "count": "${length(var.x)}",
    "lifecycle": { "prevent_destroy": true },
    "dynamic": { "ingress": { "for_each": "${var.rules}", "content": { "from_port": "${ingress.value}" } } } } } },
  "variable": { "name": { "type": "list(string)", "default": ["a"] } },
  "locals": { "x": 1, "lifecycle": 2 },
  "module": { "m": { "source": "./m" } },
  "output": { "o": [{ "value": "${local.x}" }] }
}"#;
        let body = parse_tf_json(src).expect("valid");
        let kinds: Vec<(&str, Vec<String>)> = body
            .blocks
            .iter()
            .map(|b| (b.kind.as_str(), b.labels.clone()))
            .collect();
        assert_eq!(
            kinds,
            [
                (
                    "resource",
                    vec!["aws_s3_bucket".to_string(), "b".to_string()]
                ),
                ("variable", vec!["name".to_string()]),
                ("locals", vec![]),
                ("module", vec!["m".to_string()]),
                ("output", vec!["o".to_string()]),
            ]
        );
        let r = &body.blocks[0];
        let bucket = r.body.attribute("bucket").expect("bucket");
        assert!(matches!(bucket.expr.kind, ExprKind::Template(_)));
        assert_eq!(&src[bucket.span.range()], r#""bucket": "${var.name}-logs""#);
        let count = r.body.attribute("count").expect("count");
        assert!(
            matches!(count.expr.kind, ExprKind::Call(_)),
            "a lone interpolation is its expression"
        );
        assert_eq!(&src[count.expr.span.range()], "length(var.x)");
        assert_eq!(
            r.body
                .blocks
                .iter()
                .map(|b| b.kind.as_str())
                .collect::<Vec<_>>(),
            ["lifecycle", "dynamic"]
        );
        assert_eq!(r.body.blocks[1].labels, ["ingress"]);
        assert_eq!(r.body.blocks[1].body.blocks[0].kind, "content");
        assert!(matches!(
            body.blocks[1]
                .body
                .attribute("type")
                .expect("type")
                .expr
                .kind,
            ExprKind::Call(_)
        ));
        assert_eq!(
            body.blocks[2].body.attributes.len(),
            2,
            "locals members are attributes"
        );
    }

    #[test]
    fn errors_have_lines_and_columns() {
        let cases = [
            ("{\n  \"a\": 1,\n}", 3, 1, "expected a string key"),
            ("{\"a\" 1}", 1, 6, "expected `:`"),
            ("[1, 2", 1, 6, "expected `,` or `]`"),
            ("{\"a\": \"unterminated}", 1, 7, "unterminated string"),
            ("{\"a\": tru}", 1, 7, "expected a JSON value"),
            ("{} x", 1, 4, "unexpected text"),
        ];
        for (src, line, column, fragment) in cases {
            let e = parse_json(src).expect_err(src);
            assert_eq!((e.line, e.column), (line, column), "{src}: {}", e.message);
            assert!(e.message.contains(fragment), "{src}: {}", e.message);
        }
    }

    #[test]
    fn never_panics_on_prefixes_and_deep_nesting() {
        let src = r#"{"resource": {"a": {"b": {"x": "${f("\u00e9\ud83d\ude00")}", "y": [1, -2.5e3, null, true]}}}}"#;
        for end in 0..=src.len() {
            if let Some(prefix) = src.get(..end) {
                let _ = parse_tf_json(prefix);
            }
        }
        let deep = "[".repeat(10_000);
        assert!(parse_json(&deep).is_err());
    }

    #[test]
    fn escapes() {
        let v = parse_json(r#""a\"b\\c\u00e9\ud83d\ude00\n""#).expect("valid");
        assert_eq!(v.kind, JsonKind::String("a\"b\\cé😀\n".to_string()));
    }

    #[test]
    fn tfvars_json() {
        let vars =
            parse_tfvars_json(r#"{"a": "x", "b": [1, 2], "c": {"d": true}}"#).expect("valid");
        assert_eq!(vars.len(), 3);
        assert_eq!(vars[1].2, serde_json::json!([1.0, 2.0]));
        assert!(parse_tfvars_json("[1]").is_err());
    }
}
