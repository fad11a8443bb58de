//! Terraform's JSON configuration syntax (`.tf.json`) and `.tfvars.json`: a JSON parser that
//! keeps byte spans, and the lowering of a document into tfgate's syntax tree.
//!
//! serde_json cannot report byte spans, and findings and fixes need them, so this file has its
//! own small JSON parser. The lowering follows Terraform's JSON syntax: block types and labels
//! are nested object levels, strings in expression position are templates (`"${var.x}"`), and
//! the arguments Terraform reads literally (`variable` defaults, `module` sources) or as
//! references (`depends_on`, a `dynamic` block's `iterator`) are lowered the way Terraform
//! reads them, so the evaluator sees the same tree as for the native syntax.

use std::sync::Arc;

use super::hcl::ParseError;
use super::syntax::{Attribute, Block, Body, Expr, ExprKind, ObjectKey, Operator, TemplatePart};
use crate::base::span::Span;

/// A JSON value and the byte span of its text (a string's span includes its quotes).
#[derive(Clone, Debug, PartialEq)]
pub struct JsonValue {
    pub kind: JsonKind,
    pub span: Span,
}

/// The kinds of JSON values.
#[derive(Clone, Debug, PartialEq)]
pub enum JsonKind {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<JsonValue>),
    /// Members in document order, repeated keys kept, each with the span of its quoted key.
    Object(Vec<(String, Span, JsonValue)>),
}

/// Deepest nesting of arrays and objects accepted. Parsing and lowering recurse once per
/// level on worker threads with 2 MiB stacks: 512 levels stay far inside that, and no real
/// configuration comes near.
pub const MAX_DEPTH: usize = 512;

/// Parses one JSON document, keeping every value's span.
pub fn parse_json(src: &str) -> Result<JsonValue, ParseError> {
    let mut p = Parser {
        src,
        b: src.as_bytes(),
        pos: 0,
        depth: 0,
    };
    p.skip_ws();
    let value = p.value()?;
    p.skip_ws();
    if p.pos < p.b.len() {
        return Err(p.error("unexpected text after the end of the JSON document"));
    }
    Ok(value)
}

struct Parser<'a> {
    src: &'a str,
    b: &'a [u8],
    /// Always on a character boundary: the parser only stops at ASCII bytes.
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    fn error(&self, message: &str) -> ParseError {
        error_at(self.src, self.pos, message)
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    fn value(&mut self) -> Result<JsonValue, ParseError> {
        let start = self.pos;
        let kind = match self.peek() {
            None => return Err(self.error("unexpected end of input, expected a JSON value")),
            Some(b'{') => self.object()?,
            Some(b'[') => self.array()?,
            Some(b'"') => JsonKind::String(self.string()?),
            Some(b'-' | b'0'..=b'9') => self.number()?,
            Some(b'/') if matches!(self.b.get(start + 1), Some(b'/' | b'*')) => {
                return Err(self.error(
                    "comments are not allowed in JSON (Terraform reads a \"//\" property as one)",
                ));
            }
            Some(c) if c.is_ascii_alphabetic() => self.keyword()?,
            Some(_) => return Err(self.error("expected a JSON value")),
        };
        Ok(JsonValue {
            kind,
            span: Span::new(start..self.pos),
        })
    }

    fn keyword(&mut self) -> Result<JsonKind, ParseError> {
        let len = self.b[self.pos..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
            .count();
        let kind = match &self.b[self.pos..self.pos + len] {
            b"true" => JsonKind::Bool(true),
            b"false" => JsonKind::Bool(false),
            b"null" => JsonKind::Null,
            word => {
                let shown = String::from_utf8_lossy(&word[..word.len().min(24)]).into_owned();
                return Err(self.error(&format!(
                    "expected a JSON value, found `{shown}` (strings need double quotes; \
                     `true`, `false` and `null` are lowercase)"
                )));
            }
        };
        self.pos += len;
        Ok(kind)
    }

    /// A number in strict JSON form: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    fn number(&mut self) -> Result<JsonKind, ParseError> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.pos += 1;
                if self.peek().is_some_and(|c| c.is_ascii_digit()) {
                    return Err(self.error("leading zeros are not allowed in JSON numbers"));
                }
            }
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.error("expected a digit in number")),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if !self.peek().is_some_and(|c| c.is_ascii_digit()) {
                return Err(self.error("expected a digit after the decimal point"));
            }
            self.digits();
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if !self.peek().is_some_and(|c| c.is_ascii_digit()) {
                return Err(self.error("expected a digit in the exponent"));
            }
            self.digits();
        }
        match self.src[start..self.pos].parse::<f64>() {
            Ok(n) if n.is_finite() => Ok(JsonKind::Number(n)),
            _ => Err(error_at(self.src, start, "number is out of range")),
        }
    }

    fn digits(&mut self) {
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.pos += 1;
        }
    }

    /// Counts one more level of nesting at an opening bracket.
    fn enter(&mut self) -> Result<(), ParseError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error(&format!("JSON is nested more than {MAX_DEPTH} levels deep")));
        }
        self.pos += 1;
        Ok(())
    }

    fn array(&mut self) -> Result<JsonKind, ParseError> {
        self.enter()?;
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(JsonKind::Array(items));
        }
        loop {
            self.skip_ws();
            if self.peek() == Some(b']') {
                return Err(
                    self.error("expected a value after `,` (JSON does not allow a trailing comma)")
                );
            }
            items.push(self.value()?);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    break;
                }
                None => {
                    return Err(self.error(
                        "unexpected end of input, expected `,` or `]` after array element",
                    ));
                }
                Some(_) => return Err(self.error("expected `,` or `]` after array element")),
            }
        }
        self.depth -= 1;
        Ok(JsonKind::Array(items))
    }

    fn object(&mut self) -> Result<JsonKind, ParseError> {
        self.enter()?;
        let mut members = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(JsonKind::Object(members));
        }
        loop {
            self.skip_ws();
            match self.peek() {
                Some(b'"') => {}
                Some(b'}') => {
                    return Err(self.error(
                        "expected a string key after `,` (JSON does not allow a trailing comma)",
                    ));
                }
                None => {
                    return Err(self.error("unexpected end of input, expected a string key"));
                }
                Some(_) => return Err(self.error("expected an object key in double quotes")),
            }
            let key_start = self.pos;
            let key = self.string()?;
            let key_span = Span::new(key_start..self.pos);
            self.skip_ws();
            if self.peek() != Some(b':') {
                return Err(self.error("expected `:` after object key"));
            }
            self.pos += 1;
            self.skip_ws();
            let value = self.value()?;
            members.push((key, key_span, value));
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    break;
                }
                None => {
                    return Err(self.error(
                        "unexpected end of input, expected `,` or `}` after object member",
                    ));
                }
                Some(_) => return Err(self.error("expected `,` or `}` after object member")),
            }
        }
        self.depth -= 1;
        Ok(JsonKind::Object(members))
    }

    /// A quoted string at `pos`, decoded.
    fn string(&mut self) -> Result<String, ParseError> {
        let start = self.pos;
        self.pos += 1;
        let mut out = String::new();
        loop {
            let Some(c) = self.peek() else {
                return Err(error_at(
                    self.src,
                    start,
                    "unterminated string (no closing `\"` before the end of input)",
                ));
            };
            match c {
                b'"' => {
                    self.pos += 1;
                    return Ok(out);
                }
                b'\\' => self.escape(&mut out)?,
                b'\n' | b'\r' => {
                    return Err(self.error(
                        "unterminated string: a JSON string cannot contain a line break \
                         (write it as `\\n`)",
                    ));
                }
                0x00..=0x1f => {
                    return Err(
                        self.error("control character in string (write it as a `\\u` escape)")
                    );
                }
                _ => {
                    // A run of plain characters at once; it ends at an ASCII byte, so on a
                    // character boundary.
                    let run = self.pos;
                    while self
                        .peek()
                        .is_some_and(|c| c != b'"' && c != b'\\' && c >= 0x20)
                    {
                        self.pos += 1;
                    }
                    out.push_str(&self.src[run..self.pos]);
                }
            }
        }
    }

    fn escape(&mut self, out: &mut String) -> Result<(), ParseError> {
        let at = self.pos;
        let decoded = match self.b.get(at + 1) {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let (c, len) = decode_unicode_escape(&self.b[at..]).ok_or_else(|| {
                    self.error("invalid `\\u` escape (four hex digits, surrogates only as a pair)")
                })?;
                out.push(c);
                self.pos += len;
                return Ok(());
            }
            None => {
                return Err(self.error("unterminated string (input ends in an escape)"));
            }
            Some(_) => {
                return Err(self.error(
                    "invalid escape in string (JSON allows \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u)",
                ));
            }
        };
        out.push(decoded);
        self.pos += 2;
        Ok(())
    }
}

fn hex4(b: &[u8]) -> Option<u32> {
    let digits = b.get(..4)?;
    digits.iter().try_fold(0, |acc, d| {
        char::from(*d).to_digit(16).map(|v| acc * 16 + v)
    })
}

/// Decodes `\uXXXX` (or a `\uD83D\uDE00` surrogate pair) at the start of `b`: the character
/// and how many bytes of source it took. `None` for bad digits or an unpaired surrogate.
fn decode_unicode_escape(b: &[u8]) -> Option<(char, usize)> {
    let first = hex4(b.get(2..)?)?;
    if (0xD800..0xDC00).contains(&first) {
        if b.get(6..8)? != b"\\u" {
            return None;
        }
        let second = hex4(b.get(8..)?)?;
        if !(0xDC00..0xE000).contains(&second) {
            return None;
        }
        let c = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
        return char::from_u32(c).map(|c| (c, 12));
    }
    char::from_u32(first).map(|c| (c, 6))
}

/// A parse error at a byte offset: 1-based line and column, columns counted in characters.
fn error_at(src: &str, offset: usize, message: &str) -> ParseError {
    let mut offset = offset.min(src.len());
    while !src.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &src[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    ParseError {
        message: message.to_string(),
        line: before.bytes().filter(|&c| c == b'\n').count() + 1,
        column: before[line_start..].chars().count() + 1,
        offset,
    }
}

/// Parses a `.tf.json` document into a [`Body`] of top-level blocks.
pub fn parse_tf_json(src: &str) -> Result<Body, ParseError> {
    let doc = parse_json(src)?;
    let lower = Lowering { src };
    let mut body = Body::default();
    // Like HCL, the root may also be an array of objects whose members are read in turn.
    let roots: Vec<&JsonValue> = match &doc.kind {
        JsonKind::Object(_) => vec![&doc],
        JsonKind::Array(items) => items.iter().collect(),
        JsonKind::Null => Vec::new(),
        _ => {
            return Err(lower.error(&doc, "a .tf.json file must hold a JSON object"));
        }
    };
    for root in roots {
        let JsonKind::Object(members) = &root.kind else {
            return Err(lower.error(root, "a .tf.json file must hold a JSON object"));
        };
        for (kind, key_span, value) in members {
            if kind == "//" {
                continue;
            }
            let (labels, schema) = top_level(kind);
            lower.blocks(
                kind,
                schema,
                labels,
                *key_span,
                value,
                &mut Vec::new(),
                &mut body.blocks,
            )?;
        }
    }
    Ok(body)
}

/// What a block body holds: which members are nested blocks and how each argument is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Schema {
    /// `resource` (`managed`), `data`, `ephemeral`, and `data` inside `check`.
    Resource {
        managed: bool,
    },
    Lifecycle,
    Provisioner,
    Connection,
    Dynamic,
    /// A `dynamic` block's `content`, whose schema is the resource type's: unknown here.
    Content,
    Variable,
    /// `validation`, `precondition`, `postcondition`, `assert`.
    Condition,
    Output,
    Module,
    Provider,
    /// `terraform` and the blocks inside it: everything literal.
    Terraform,
    Cloud,
    TerraformSettings,
    Check,
    Moved,
    Removed,
    Import,
    /// `locals` and block types tfgate does not know: every member an argument.
    Arguments,
}

/// How an argument's JSON value is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// Strings are templates.
    Template,
    /// Strings are taken as they are.
    Literal,
    /// Strings are native-syntax references or keywords (`"aws.west"`, `"all"`).
    Reference,
    /// A string is a type expression (`"list(string)"`).
    Type,
}

/// Labels and schema of a top-level block type.
fn top_level(kind: &str) -> (usize, Schema) {
    match kind {
        "resource" => (2, Schema::Resource { managed: true }),
        "data" | "ephemeral" => (2, Schema::Resource { managed: false }),
        "module" => (1, Schema::Module),
        "variable" => (1, Schema::Variable),
        "output" => (1, Schema::Output),
        "provider" => (1, Schema::Provider),
        "check" => (1, Schema::Check),
        "terraform" => (0, Schema::Terraform),
        "moved" => (0, Schema::Moved),
        "removed" => (0, Schema::Removed),
        "import" => (0, Schema::Import),
        _ => (0, Schema::Arguments),
    }
}

/// The nested block types of a schema, with their label count and schema. Only these become
/// blocks: a resource's own nested blocks (`ingress`, `versioning`) cannot be told from
/// object arguments without the provider schema, so they stay arguments, which rules read
/// alike.
fn nested_block(schema: Schema, name: &str) -> Option<(usize, Schema)> {
    let found = match (schema, name) {
        (Schema::Resource { .. } | Schema::Removed, "lifecycle") => (0, Schema::Lifecycle),
        (Schema::Resource { managed: true } | Schema::Removed, "provisioner") => {
            (1, Schema::Provisioner)
        }
        (
            Schema::Resource { managed: true } | Schema::Removed | Schema::Provisioner,
            "connection",
        ) => (0, Schema::Connection),
        (Schema::Resource { .. } | Schema::Content, "dynamic") => (1, Schema::Dynamic),
        (Schema::Dynamic, "content") => (0, Schema::Content),
        (Schema::Lifecycle, "precondition" | "postcondition")
        | (Schema::Output, "precondition")
        | (Schema::Variable, "validation")
        | (Schema::Check, "assert") => (0, Schema::Condition),
        (Schema::Check, "data") => (2, Schema::Resource { managed: false }),
        (Schema::Terraform, "required_providers") => (0, Schema::TerraformSettings),
        (Schema::Terraform, "backend" | "provider_meta") => (1, Schema::TerraformSettings),
        (Schema::Terraform, "cloud") => (0, Schema::Cloud),
        (Schema::Cloud, "workspaces") => (0, Schema::TerraformSettings),
        _ => return None,
    };
    Some(found)
}

/// How an argument of a schema is read, per Terraform's JSON syntax documentation.
fn argument_mode(schema: Schema, name: &str) -> Mode {
    match (schema, name) {
        (Schema::Variable, "type") => Mode::Type,
        // Every other `variable` argument, `default` included, is a literal value.
        (Schema::Variable, _)
        | (Schema::Terraform | Schema::Cloud | Schema::TerraformSettings, _)
        | (Schema::Output, "description" | "sensitive" | "ephemeral")
        | (Schema::Module, "source" | "version")
        | (Schema::Provider, "alias" | "version")
        | (Schema::Connection, "type") => Mode::Literal,
        (Schema::Resource { .. }, "provider" | "depends_on")
        | (Schema::Output | Schema::Module, "depends_on")
        | (Schema::Module, "providers")
        | (Schema::Lifecycle, "ignore_changes" | "replace_triggered_by")
        | (Schema::Provisioner, "when" | "on_failure")
        | (Schema::Dynamic, "iterator")
        | (Schema::Moved, "from" | "to")
        | (Schema::Removed, "from")
        | (Schema::Import, "to" | "provider") => Mode::Reference,
        _ => Mode::Template,
    }
}

struct Lowering<'a> {
    src: &'a str,
}

impl Lowering<'_> {
    fn error(&self, at: &JsonValue, message: &str) -> ParseError {
        error_at(self.src, at.span.start as usize, message)
    }

    /// Lowers the value of a block type member: `labels_left` levels of objects keyed by
    /// label (each level may also be an array of such objects), then one body object or an
    /// array of body objects (repeated blocks). `key_span` is the innermost key so far; a
    /// block's span runs from it to the end of its body, or is the array element's span.
    #[allow(clippy::too_many_arguments)]
    fn blocks(
        &self,
        kind: &str,
        schema: Schema,
        labels_left: usize,
        key_span: Span,
        value: &JsonValue,
        labels: &mut Vec<String>,
        out: &mut Vec<Block>,
    ) -> Result<(), ParseError> {
        match &value.kind {
            // HCL reads a null block value as no block at all.
            JsonKind::Null => Ok(()),
            JsonKind::Object(members) if labels_left > 0 => {
                for (label, label_span, inner) in members {
                    if label == "//" {
                        continue;
                    }
                    labels.push(label.clone());
                    self.blocks(
                        kind,
                        schema,
                        labels_left - 1,
                        *label_span,
                        inner,
                        labels,
                        out,
                    )?;
                    labels.pop();
                }
                Ok(())
            }
            JsonKind::Array(items) if labels_left > 0 => {
                for item in items {
                    if !matches!(item.kind, JsonKind::Object(_)) {
                        return Err(self.error(
                            item,
                            &format!("expected an object whose keys are `{kind}` block labels"),
                        ));
                    }
                    self.blocks(kind, schema, labels_left, key_span, item, labels, out)?;
                }
                Ok(())
            }
            _ if labels_left > 0 => Err(self.error(
                value,
                &format!(
                    "expected an object whose keys are `{kind}` block labels ({labels_left} more \
                     level{} before the block body)",
                    if labels_left == 1 { "" } else { "s" }
                ),
            )),
            JsonKind::Object(_) => {
                out.push(Block {
                    kind: kind.to_string(),
                    labels: labels.clone(),
                    body: self.body(kind, schema, value)?,
                    span: Span {
                        start: key_span.start,
                        end: value.span.end,
                    },
                });
                Ok(())
            }
            JsonKind::Array(items) => {
                for item in items {
                    out.push(Block {
                        kind: kind.to_string(),
                        labels: labels.clone(),
                        body: self.body(kind, schema, item)?,
                        span: item.span,
                    });
                }
                Ok(())
            }
            _ => Err(self.error(
                value,
                &format!(
                    "the body of a `{kind}` block must be a JSON object or an array of objects"
                ),
            )),
        }
    }

    fn body(&self, kind: &str, schema: Schema, value: &JsonValue) -> Result<Body, ParseError> {
        let members = match &value.kind {
            JsonKind::Object(members) => members.as_slice(),
            JsonKind::Null => &[],
            _ => {
                return Err(self.error(
                    value,
                    &format!("the body of a `{kind}` block must be a JSON object"),
                ));
            }
        };
        let mut body = Body::default();
        for (name, key_span, v) in members {
            if name == "//" {
                continue;
            }
            if let Some((labels, child)) = nested_block(schema, name) {
                self.blocks(
                    name,
                    child,
                    labels,
                    *key_span,
                    v,
                    &mut Vec::new(),
                    &mut body.blocks,
                )?;
                continue;
            }
            body.attributes.push(Attribute {
                name: name.clone(),
                expr: self.expr(argument_mode(schema, name), v)?,
                span: Span {
                    start: key_span.start,
                    end: v.span.end,
                },
            });
        }
        Ok(body)
    }

    /// A JSON value in argument position, read per `mode`.
    fn expr(&self, mode: Mode, v: &JsonValue) -> Result<Expr, ParseError> {
        let kind = match &v.kind {
            JsonKind::Null => ExprKind::Null,
            JsonKind::Bool(b) => ExprKind::Bool(*b),
            JsonKind::Number(n) => ExprKind::Number(*n),
            JsonKind::String(s) => {
                return match mode {
                    Mode::Template => self.template(s, v.span),
                    Mode::Literal => Ok(Expr {
                        kind: ExprKind::String(Arc::from(s.as_str())),
                        span: v.span,
                    }),
                    // Older configurations wrap references in `${}`; Terraform still reads them.
                    Mode::Reference if s.contains("${") => self.template(s, v.span),
                    Mode::Reference => self.native(s, v.span, "invalid reference"),
                    Mode::Type => self.native(s, v.span, "invalid type expression"),
                };
            }
            JsonKind::Array(items) => {
                let mode = if mode == Mode::Type {
                    Mode::Literal
                } else {
                    mode
                };
                ExprKind::Tuple(
                    items
                        .iter()
                        .map(|item| self.expr(mode, item))
                        .collect::<Result<_, _>>()?,
                )
            }
            JsonKind::Object(members) => {
                let mode = if mode == Mode::Type {
                    Mode::Literal
                } else {
                    mode
                };
                let mut items = Vec::with_capacity(members.len());
                // `"//"` is a comment only in block bodies: in a value it is a real key.
                for (key, key_span, value) in members {
                    let is_template =
                        mode == Mode::Template && (key.contains("${") || key.contains("%{"));
                    let key = if is_template {
                        ObjectKey::Expr(self.template(key, *key_span)?)
                    } else {
                        ObjectKey::Ident(super::hcl::shared(key.as_str()))
                    };
                    items.push((key, self.expr(mode, value)?));
                }
                ExprKind::Object(items)
            }
        };
        Ok(Expr { kind, span: v.span })
    }

    /// A JSON string as a template. A template that is one interpolation is that expression
    /// (Terraform keeps its value unconverted); one that is all literal is a plain string.
    /// The result has the JSON string's span; the expressions inside point at their own text
    /// in the file.
    fn template(&self, s: &str, span: Span) -> Result<Expr, ParseError> {
        if !s.contains("${") && !s.contains("%{") {
            return Ok(Expr {
                kind: ExprKind::String(Arc::from(s)),
                span,
            });
        }
        let offsets = StringOffsets::new(self.src, span);
        let mut parts = super::hcl::parse_template(s)
            .map_err(|e| offsets.error(self.src, s, "invalid template in string", &e))?;
        for part in &mut parts {
            visit_part(part, &mut |e| offsets.relocate(e));
        }
        let kind = match parts.as_slice() {
            [] => ExprKind::String(Arc::from("")),
            [TemplatePart::Literal(text)] => ExprKind::String(Arc::from(text.as_str())),
            [TemplatePart::Interpolation(_)] => match parts.pop() {
                Some(TemplatePart::Interpolation(e)) => e.kind,
                _ => ExprKind::Template(Vec::new()),
            },
            _ => ExprKind::Template(parts),
        };
        Ok(Expr { kind, span })
    }

    /// A JSON string holding a native-syntax expression (a reference, a keyword, a type).
    fn native(&self, s: &str, span: Span, what: &str) -> Result<Expr, ParseError> {
        let offsets = StringOffsets::new(self.src, span);
        let mut e =
            super::hcl::parse_expr(s).map_err(|err| offsets.error(self.src, s, what, &err))?;
        offsets.relocate(&mut e);
        e.span = span;
        Ok(e)
    }
}

/// Maps byte offsets in a decoded JSON string to offsets in the file. Without escapes the
/// two differ by the string's start; with escapes each decoded byte is looked up, so a
/// sub-expression's span covers its escaped text in the file (`lookup(m, \"k\")`).
struct StringOffsets {
    /// File offset of the first byte after the opening quote.
    base: usize,
    /// For strings with escapes: for each decoded byte offset (and the end), the offset in
    /// the raw text from `base`. Empty when the raw and decoded text are the same.
    raw: Vec<u32>,
}

impl StringOffsets {
    fn new(src: &str, span: Span) -> StringOffsets {
        let base = span.start as usize + 1;
        let content = src
            .get(base..(span.end as usize).saturating_sub(1))
            .unwrap_or("")
            .as_bytes();
        let mut raw = Vec::new();
        if content.contains(&b'\\') {
            raw.reserve(content.len() + 1);
            let mut i = 0;
            while i < content.len() {
                let (raw_len, decoded_len) = match content[i] {
                    b'\\' if content.get(i + 1) == Some(&b'u') => {
                        decode_unicode_escape(&content[i..])
                            .map_or((2, 1), |(c, len)| (len, c.len_utf8()))
                    }
                    b'\\' => (2, 1),
                    c => {
                        let len = utf8_len(c);
                        (len, len)
                    }
                };
                raw.extend(std::iter::repeat_n(offset_u32(i), decoded_len));
                i += raw_len;
            }
            raw.push(offset_u32(content.len()));
        }
        StringOffsets { base, raw }
    }

    fn offset(&self, decoded: usize) -> usize {
        if self.raw.is_empty() {
            return self.base + decoded;
        }
        let raw = self.raw.get(decoded).or(self.raw.last()).copied();
        self.base + raw.unwrap_or(0) as usize
    }

    /// Moves every span in `e` from the decoded string into the file.
    fn relocate(&self, e: &mut Expr) {
        e.span = Span::new(self.offset(e.span.start as usize)..self.offset(e.span.end as usize));
        visit_children(e, &mut |child| self.relocate(child));
    }

    /// An error hcl-edit reported inside the decoded string `s`, located in the file.
    fn error(&self, src: &str, s: &str, what: &str, e: &ParseError) -> ParseError {
        // hcl-edit clamps `offset` to the last byte of its input, so an error at the end
        // of the string is found from the line and column, which it does not clamp.
        let decoded = decoded_offset(s, e.line, e.column).unwrap_or(e.offset);
        error_at(src, self.offset(decoded), &format!("{what}: {}", e.message))
    }
}

/// The byte offset of a 1-based line and character column in `s`; `None` if the line does
/// not exist. A column past the end of its line stays at the line's end.
fn decoded_offset(s: &str, line: usize, column: usize) -> Option<usize> {
    let line_start = if line <= 1 {
        0
    } else {
        s.match_indices('\n').nth(line - 2)?.0 + 1
    };
    let line_text = s.get(line_start..)?.split('\n').next().unwrap_or("");
    let within: usize = line_text
        .chars()
        .take(column.saturating_sub(1))
        .map(char::len_utf8)
        .sum();
    Some(line_start + within)
}

fn offset_u32(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// Length of the UTF-8 sequence a lead byte starts.
fn utf8_len(lead: u8) -> usize {
    match lead {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
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
        ExprKind::Template(parts) => parts.iter_mut().for_each(|p| visit_part(p, f)),
        ExprKind::Traversal(root, ops) => {
            f(root);
            for op in ops {
                if let Operator::Index(i) = op {
                    f(i);
                }
            }
        }
        ExprKind::Call(call) => call.args.iter_mut().for_each(f),
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

/// Parses a `.tfvars.json` file: an object of variable names to literal values (Terraform
/// does not read templates in variable files). Each span runs from the quoted name to the
/// end of the value; `"//"` members are comments, as in Terraform.
pub fn parse_tfvars_json(src: &str) -> Result<Vec<(String, Span, serde_json::Value)>, ParseError> {
    let doc = parse_json(src)?;
    let JsonKind::Object(members) = doc.kind else {
        return Err(error_at(
            src,
            doc.span.start as usize,
            "a .tfvars.json file must hold a JSON object of variable values",
        ));
    };
    let mut out = Vec::with_capacity(members.len());
    for (name, key_span, value) in members {
        if name == "//" {
            continue;
        }
        let span = Span {
            start: key_span.start,
            end: value.span.end,
        };
        out.push((name, span, to_serde(src, &value)?));
    }
    Ok(out)
}

fn to_serde(src: &str, v: &JsonValue) -> Result<serde_json::Value, ParseError> {
    Ok(match &v.kind {
        JsonKind::Null => serde_json::Value::Null,
        JsonKind::Bool(b) => serde_json::Value::Bool(*b),
        // Re-read from the text so integers beyond 2^53 keep every digit.
        JsonKind::Number(n) => {
            let exact = src
                .get(v.span.range())
                .and_then(|text| text.parse::<serde_json::Number>().ok());
            match exact.or_else(|| serde_json::Number::from_f64(*n)) {
                Some(number) => serde_json::Value::Number(number),
                None => {
                    return Err(error_at(
                        src,
                        v.span.start as usize,
                        "number is out of range",
                    ));
                }
            }
        }
        JsonKind::String(s) => serde_json::Value::String(s.clone()),
        JsonKind::Array(items) => serde_json::Value::Array(
            items
                .iter()
                .map(|item| to_serde(src, item))
                .collect::<Result<_, _>>()?,
        ),
        JsonKind::Object(members) => {
            let mut map = serde_json::Map::with_capacity(members.len());
            for (k, _, value) in members {
                map.insert(k.clone(), to_serde(src, value)?);
            }
            serde_json::Value::Object(map)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(src: &str, span: Span) -> &str {
        src.get(span.range()).unwrap_or("<bad span>")
    }

    /// A compact, readable form of an expression for table-driven expectations.
    fn describe(e: &Expr) -> String {
        match &e.kind {
            ExprKind::Null => "null".into(),
            ExprKind::Bool(b) => b.to_string(),
            ExprKind::Number(n) => n.to_string(),
            ExprKind::String(s) => format!("{s:?}"),
            ExprKind::Variable(_) | ExprKind::Traversal(..) => match e.as_reference() {
                Some(parts) => format!("ref:{}", parts.join(".")),
                None => "traversal".into(),
            },
            ExprKind::Call(call) => format!("call:{}", call.name),
            ExprKind::Template(_) => "template".into(),
            ExprKind::Tuple(items) => {
                let items: Vec<String> = items.iter().map(describe).collect();
                format!("[{}]", items.join(", "))
            }
            ExprKind::Object(items) => {
                let items: Vec<String> = items
                    .iter()
                    .map(|(k, v)| match k {
                        ObjectKey::Ident(k) => format!("{k}: {}", describe(v)),
                        ObjectKey::Expr(k) => format!("({}): {}", describe(k), describe(v)),
                    })
                    .collect();
                format!("{{{}}}", items.join(", "))
            }
            other => format!("{other:?}"),
        }
    }

    /// Follows `kind/kind/.../attribute` through the first block of each kind.
    fn find_attr<'a>(body: &'a Body, path: &str) -> Option<&'a Attribute> {
        let mut parts: Vec<&str> = path.split('/').collect();
        let name = parts.pop()?;
        let mut body = body;
        for kind in parts {
            body = &body.blocks.iter().find(|b| b.kind == kind)?.body;
        }
        body.attribute(name)
    }

    fn shape(blocks: &[Block]) -> Vec<String> {
        blocks
            .iter()
            .map(|b| {
                let inner = shape(&b.body.blocks);
                let mut s = std::iter::once(b.kind.as_str())
                    .chain(b.labels.iter().map(String::as_str))
                    .collect::<Vec<_>>()
                    .join(" ");
                if !inner.is_empty() {
                    s = format!("{s} {{{}}}", inner.join("; "));
                }
                s
            })
            .collect()
    }

    #[test]
    fn json_values_decode() {
        use JsonKind::*;
        let s = |t: &str| String(t.to_string());
        let v = |kind: JsonKind| JsonValue {
            kind,
            span: Span::default(),
        };
        #[rustfmt::skip]
        let cases: Vec<(&str, JsonKind)> = vec![
            ("null", Null),
            (" true ", Bool(true)),
            ("false", Bool(false)),
            ("0", Number(0.0)),
            ("-0.5e1", Number(-5.0)),
            ("12.25E+2", Number(1225.0)),
            ("1e-2", Number(0.01)),
            (r#""""#, s("")),
            (r#""a\"b\\c\/d\b\f\n\r\t""#, s("a\"b\\c/d\u{8}\u{c}\n\r\t")),
            (r#""\u00e9\u20AC\ud83d\ude00""#, s("é€😀")),
            ("\"é€😀\"", s("é€😀")),
            ("[]", Array(vec![])),
            ("[1, [true]]", Array(vec![v(Number(1.0)), v(Array(vec![v(Bool(true))]))])),
            ("{}", Object(vec![])),
        ];
        for (src, expected) in cases {
            let got = parse_json(src).unwrap_or_else(|e| panic!("{src}: {}", e.message));
            assert_eq!(text(src, got.span), src.trim(), "{src}");
            assert_eq!(unspanned(got).kind, expected, "{src}");
        }
    }

    /// The value with every span zeroed, to compare decoded values only.
    fn unspanned(v: JsonValue) -> JsonValue {
        let kind = match v.kind {
            JsonKind::Array(items) => JsonKind::Array(items.into_iter().map(unspanned).collect()),
            JsonKind::Object(members) => JsonKind::Object(
                members
                    .into_iter()
                    .map(|(k, _, v)| (k, Span::default(), unspanned(v)))
                    .collect(),
            ),
            other => other,
        };
        JsonValue {
            kind,
            span: Span::default(),
        }
    }

    #[test]
    fn objects_keep_order_duplicates_and_spans() {
        let src = r#"{ "b": 1, "a": [true, "x"], "b": null }"#;
        let doc = parse_json(src).expect("valid");
        let JsonKind::Object(members) = &doc.kind else {
            panic!("object expected");
        };
        let keys: Vec<&str> = members.iter().map(|(k, _, _)| k.as_str()).collect();
        assert_eq!(keys, ["b", "a", "b"]);
        assert_eq!(text(src, members[1].1), r#""a""#);
        assert_eq!(text(src, members[1].2.span), r#"[true, "x"]"#);
        assert_eq!(text(src, members[2].2.span), "null");
        assert_eq!(text(src, doc.span), src);
    }

    #[test]
    fn json_errors_have_line_column_and_reason() {
        #[rustfmt::skip]
        let cases: &[(&str, usize, usize, &str)] = &[
            ("", 1, 1, "unexpected end of input, expected a JSON value"),
            ("{\n  \"a\": 1,\n}", 3, 1, "trailing comma"),
            ("[1, 2,]", 1, 7, "trailing comma"),
            ("{\"a\" 1}", 1, 6, "expected `:` after object key"),
            ("{\"a\": 1 \"b\": 2}", 1, 9, "expected `,` or `}` after object member"),
            ("{\"a\": 1", 1, 8, "unexpected end of input, expected `,` or `}`"),
            ("[1 2]", 1, 4, "expected `,` or `]` after array element"),
            ("[1, 2", 1, 6, "unexpected end of input, expected `,` or `]`"),
            ("{a: 1}", 1, 2, "expected an object key in double quotes"),
            ("{\"a\": \"open}", 1, 7, "unterminated string"),
            ("{\"a\": \"line\nbreak\"}", 1, 12, "line break"),
            ("\"tab\there\"", 1, 5, "control character"),
            ("\"bad \\x\"", 1, 6, "invalid escape"),
            ("\"\\u12G4\"", 1, 2, "invalid `\\u` escape"),
            ("\"\\ud83d alone\"", 1, 2, "invalid `\\u` escape"),
            ("\"\\ude00\"", 1, 2, "invalid `\\u` escape"),
            ("012", 1, 2, "leading zeros"),
            ("1.", 1, 3, "after the decimal point"),
            ("-", 1, 2, "expected a digit"),
            ("1e", 1, 3, "exponent"),
            ("1e999", 1, 1, "out of range"),
            ("{\"a\": tru}", 1, 7, "found `tru`"),
            ("{\"a\": True}", 1, 7, "lowercase"),
            ("// note\n{}", 1, 1, "comments are not allowed"),
            ("{} x", 1, 4, "unexpected text after the end"),
            ("{\r\n  \"é\": ?\r\n}", 2, 8, "expected a JSON value"),
        ];
        for (src, line, column, fragment) in cases {
            let e = parse_json(src).expect_err(src);
            assert_eq!(
                (e.line, e.column),
                (*line, *column),
                "{src:?}: {}",
                e.message
            );
            assert!(e.message.contains(fragment), "{src:?}: {}", e.message);
            assert!(src.is_char_boundary(e.offset), "{src:?}");
        }
    }

    #[test]
    fn nesting_is_limited_without_overflowing_the_stack() {
        let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        assert!(parse_json(&nested(MAX_DEPTH)).is_ok());
        let e = parse_json(&nested(MAX_DEPTH + 1)).expect_err("too deep");
        assert!(e.message.contains("512 levels"), "{}", e.message);
        assert_eq!(e.column, MAX_DEPTH + 1);
        assert!(parse_json(&"[".repeat(1_000_000)).is_err());
        assert!(parse_json(&"{\"a\":".repeat(100_000)).is_err());
        // The deepest accepted document also lowers (the lowering recurses too).
        let depth = MAX_DEPTH - 3;
        let deep_local = format!(
            r#"{{"locals": {{"x": {}"${{var.v}}"{}}}}}"#,
            "[".repeat(depth),
            "]".repeat(depth)
        );
        let body = parse_tf_json(&deep_local).expect("deep but within the limit");
        assert_eq!(body.blocks[0].body.attributes.len(), 1);
    }

    #[test]
    fn blocks_and_labels_from_object_levels() {
        #[rustfmt::skip]
        let cases: &[(&str, &[&str])] = &[
            (r#"{"resource": {"aws_s3_bucket": {"b": {"bucket": "x"}}}}"#, &["resource aws_s3_bucket b"]),
            (r#"{"resource": {"t": {"a": {}, "b": {}}, "u": {"c": {}}}}"#, &["resource t a", "resource t b", "resource u c"]),
            (r#"{"resource": [{"t": {"a": {}}}, {"t": [{"b": {}}]}]}"#, &["resource t a", "resource t b"]),
            (r#"{"resource": {"t": {"a": [{"x": 1}, {"x": 2}]}}}"#, &["resource t a", "resource t a"]),
            (r#"{"data": {"aws_iam_policy_document": {"p": {}}}}"#, &["data aws_iam_policy_document p"]),
            (r#"{"module": {"vpc": {"source": "./vpc"}, "db": {"source": "./db"}}}"#, &["module vpc", "module db"]),
            (r#"{"variable": {"a": {}, "b": {"type": "string"}}}"#, &["variable a", "variable b"]),
            (r#"{"output": {"o": [{"value": 1}]}}"#, &["output o"]),
            (r#"{"provider": {"aws": [{"region": "a"}, {"alias": "w", "region": "b"}]}}"#, &["provider aws", "provider aws"]),
            (r#"{"locals": {"a": 1}, "locals ": {}}"#, &["locals", "locals "]),
            (r#"{"locals": [{"a": 1}, {"b": 2}]}"#, &["locals", "locals"]),
            (r#"{"terraform": {"required_version": ">= 1.5", "backend": {"s3": {"bucket": "b"}}}}"#, &["terraform {backend s3}"]),
            (r#"{"terraform": {"required_providers": {"aws": {"source": "hashicorp/aws"}}, "cloud": {"workspaces": {"name": "w"}}}}"#, &["terraform {required_providers; cloud {workspaces}}"]),
            (r#"{"moved": [{"from": "a.b", "to": "a.c"}, {"from": "x.y", "to": "x.z"}]}"#, &["moved", "moved"]),
            (r#"{"import": {"to": "aws_s3_bucket.b", "id": "bucket"}, "removed": {"from": "x.y"}}"#, &["import", "removed"]),
            (r#"{"check": {"health": {"data": {"http": {"h": {"url": "u"}}}, "assert": [{"condition": true}]}}}"#, &["check health {data http h; assert}"]),
            (r#"{"ephemeral": {"random_password": {"p": {}}}}"#, &["ephemeral random_password p"]),
            (r#"{"//": "generated", "resource": {"//": "note", "t": {"//": "n", "a": {"//": "c"}}}}"#, &["resource t a"]),
            (r#"{"resource": null, "locals": null, "output": {"o": null}}"#, &[]),
            (r#"[{"locals": {"a": 1}}, {"variable": {"v": {}}}]"#, &["locals", "variable v"]),
            ("{}", &[]),
        ];
        for (src, expected) in cases {
            let body = parse_tf_json(src).unwrap_or_else(|e| panic!("{src}: {}", e.message));
            assert_eq!(shape(&body.blocks), *expected, "{src}");
        }
    }

    #[test]
    fn nested_blocks_and_arguments_inside_blocks() {
        let src = r#"{
  "resource": {
    "aws_security_group": {
      "web": {
        "//": "comment",
        "ingress": [{"from_port": 443, "cidr_blocks": ["0.0.0.0/0"]}],
        "versioning": {"enabled": true},
        "lifecycle": {"create_before_destroy": true, "precondition": [{"condition": "${true}", "error_message": "m"}]},
        "provisioner": [{"local-exec": {"command": "a"}}, {"remote-exec": {"connection": {"type": "ssh"}}}],
        "connection": {"host": "${self.ip}"},
        "dynamic": {"egress": {"for_each": "${var.rules}", "iterator": "rule",
          "content": {"to_port": "${rule.value}", "dynamic": {"inner": {"for_each": [], "content": {}}}}}}
      }
    }
  },
  "data": {"aws_ami": {"a": {"lifecycle": {"postcondition": {"condition": true}}, "connection": {"x": 1}}}},
  "variable": {"v": {"validation": [{"condition": "${length(var.v) > 0}", "error_message": "e"}]}},
  "output": {"o": {"value": 1, "precondition": {"condition": true}}},
  "module": {"m": {"source": "./m", "lifecycle": {"x": 1}}},
  "locals": {"lifecycle": 1, "dynamic": 2}
}"#;
        let body = parse_tf_json(src).expect("valid");
        assert_eq!(
            shape(&body.blocks),
            [
                "resource aws_security_group web {lifecycle {precondition}; provisioner local-exec; \
                 provisioner remote-exec {connection}; connection; dynamic egress {content {dynamic inner {content}}}}",
                "data aws_ami a {lifecycle {postcondition}}",
                "variable v {validation}",
                "output o {precondition}",
                "module m",
                "locals",
            ]
        );
        let web = &body.blocks[0].body;
        let names: Vec<&str> = web.attributes.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(
            names,
            ["ingress", "versioning"],
            "resource nested blocks stay arguments"
        );
        assert_eq!(
            describe(&web.attributes[0].expr),
            r#"[{from_port: 443, cidr_blocks: ["0.0.0.0/0"]}]"#
        );
        let data = &body.blocks[1].body;
        assert_eq!(
            data.attributes[0].name, "connection",
            "data sources have no connection block"
        );
        assert_eq!(
            body.blocks[4].body.attributes.len(),
            2,
            "module has no lifecycle block"
        );
        assert_eq!(
            body.blocks[5].body.attributes.len(),
            2,
            "locals are all values"
        );
    }

    #[test]
    fn arguments_are_read_as_terraform_reads_them() {
        #[rustfmt::skip]
        let cases: &[(&str, &str, &str)] = &[
            (r#"{"resource": {"t": {"n": {"count": "${length(var.x)}"}}}}"#, "resource/count", "call:length"),
            (r#"{"resource": {"t": {"n": {"for_each": "${var.m}"}}}}"#, "resource/for_each", "ref:var.m"),
            (r#"{"resource": {"t": {"n": {"bucket": "${var.name}-logs"}}}}"#, "resource/bucket", "template"),
            (r#"{"resource": {"t": {"n": {"bucket": "${~ var.name ~}"}}}}"#, "resource/bucket", "ref:var.name"),
            (r#"{"resource": {"t": {"n": {"s": "%{ if var.on }on%{ endif }"}}}}"#, "resource/s", "template"),
            (r#"{"resource": {"t": {"n": {"s": "$${not} %%{ this }"}}}}"#, "resource/s", r#""${not} %{ this }""#),
            (r#"{"resource": {"t": {"n": {"s": "plain", "n": 3, "b": false, "z": null}}}}"#, "resource/s", r#""plain""#),
            (r#"{"resource": {"t": {"n": {"n": 3}}}}"#, "resource/n", "3"),
            (r#"{"resource": {"t": {"n": {"tags": {"Name": "${var.n}", "//": "kept", "${var.k}": "v"}}}}}"#, "resource/tags", r#"{Name: ref:var.n, //: "kept", (ref:var.k): "v"}"#),
            (r#"{"resource": {"t": {"n": {"provider": "aws.west"}}}}"#, "resource/provider", "ref:aws.west"),
            (r#"{"resource": {"t": {"n": {"depends_on": ["aws_s3_bucket.b", "${module.m}"]}}}}"#, "resource/depends_on", "[ref:aws_s3_bucket.b, ref:module.m]"),
            (r#"{"resource": {"t": {"n": {"lifecycle": {"ignore_changes": "all"}}}}}"#, "resource/lifecycle/ignore_changes", "ref:all"),
            (r#"{"resource": {"t": {"n": {"lifecycle": {"ignore_changes": ["tags", "ami"]}}}}}"#, "resource/lifecycle/ignore_changes", "[ref:tags, ref:ami]"),
            (r#"{"resource": {"t": {"n": {"connection": {"type": "${x}", "host": "${self.ip}"}}}}}"#, "resource/connection/type", r#""${x}""#),
            (r#"{"resource": {"t": {"n": {"provisioner": {"local-exec": {"when": "destroy"}}}}}}"#, "resource/provisioner/when", "ref:destroy"),
            (r#"{"resource": {"t": {"n": {"dynamic": {"d": {"iterator": "rule", "for_each": "${var.r}"}}}}}}"#, "resource/dynamic/iterator", "ref:rule"),
            (r#"{"resource": {"t": {"n": {"dynamic": {"d": {"content": {"port": "${d.value}"}}}}}}}"#, "resource/dynamic/content/port", "ref:d.value"),
            (r#"{"variable": {"v": {"type": "list(string)"}}}"#, "variable/type", "call:list"),
            (r#"{"variable": {"v": {"type": "string"}}}"#, "variable/type", "ref:string"),
            (r#"{"variable": {"v": {"default": "${not.a.template}"}}}"#, "variable/default", r#""${not.a.template}""#),
            (r#"{"variable": {"v": {"default": {"k": ["${x}"]}}}}"#, "variable/default", r#"{k: ["${x}"]}"#),
            (r#"{"variable": {"v": {"validation": {"condition": "${var.v != \"\"}"}}}}"#, "variable/validation/condition", "Binary(NotEq, (Expr { kind: Traversal"),
            (r#"{"output": {"o": {"value": "${aws_s3_bucket.b}", "description": "${x}"}}}"#, "output/value", "ref:aws_s3_bucket.b"),
            (r#"{"output": {"o": {"description": "${x}"}}}"#, "output/description", r#""${x}""#),
            (r#"{"module": {"m": {"source": "./${x}", "version": "~> 1"}}}"#, "module/source", r#""./${x}""#),
            (r#"{"module": {"m": {"providers": {"aws": "aws.west"}}}}"#, "module/providers", "{aws: ref:aws.west}"),
            (r#"{"module": {"m": {"input": "${var.x}"}}}"#, "module/input", "ref:var.x"),
            (r#"{"provider": {"aws": {"alias": "w", "region": "${var.r}"}}}"#, "provider/region", "ref:var.r"),
            (r#"{"locals": {"l": "${var.x}"}}"#, "locals/l", "ref:var.x"),
            (r#"{"terraform": {"required_version": ">= ${x}"}}"#, "terraform/required_version", r#"">= ${x}""#),
            (r#"{"terraform": {"backend": {"s3": {"key": "${x}"}}}}"#, "terraform/backend/key", r#""${x}""#),
            (r#"{"moved": {"from": "aws_s3_bucket.a", "to": "aws_s3_bucket.b"}}"#, "moved/to", "ref:aws_s3_bucket.b"),
            (r#"{"import": {"to": "aws_s3_bucket.b", "id": "${var.id}"}}"#, "import/id", "ref:var.id"),
        ];
        for (src, path, expected) in cases {
            let body = parse_tf_json(src).unwrap_or_else(|e| panic!("{src}: {}", e.message));
            let attr = find_attr(&body, path).unwrap_or_else(|| panic!("{src}: no {path}"));
            let got = describe(&attr.expr);
            assert!(got.starts_with(expected), "{src}: {path} is {got}");
        }
    }

    #[test]
    fn spans_point_at_the_source() {
        let src = r#"{
  "resource": {
    "aws_s3_bucket": {
      "b": {
        "count": "${length(var.x)}",
        "bucket": "${var.name}-logs",
        "policy": "${lookup(m, \"k\")}-\u00e9${var.y}",
        "lifecycle": {"prevent_destroy": true},
        "provisioner": [{"local-exec": {"command": "c"}}]
      }
    }
  },
  "variable": {"v": {"type": "list(string)"}},
  "output": {"o": [{"value": 1}, {"value": 2}]}
}"#;
        let body = parse_tf_json(src).expect("valid");
        let r = &body.blocks[0];
        let count = r.body.attribute("count").expect("count");
        let ExprKind::Call(call) = &count.expr.kind else {
            panic!("count is a call");
        };
        let bucket = r.body.attribute("bucket").expect("bucket");
        let ExprKind::Template(parts) = &bucket.expr.kind else {
            panic!("bucket is a template");
        };
        let TemplatePart::Interpolation(name) = &parts[0] else {
            panic!("interpolation first");
        };
        let policy = r.body.attribute("policy").expect("policy");
        let ExprKind::Template(policy_parts) = &policy.expr.kind else {
            panic!("policy is a template");
        };
        let TemplatePart::Interpolation(lookup) = &policy_parts[0] else {
            panic!("interpolation first");
        };
        let ExprKind::Call(lookup_call) = &lookup.kind else {
            panic!("a call");
        };
        let TemplatePart::Interpolation(after_escape) = &policy_parts[2] else {
            panic!("interpolation third");
        };
        let var_type = &body.blocks[1].body.attributes[0].expr;
        let ExprKind::Call(type_call) = &var_type.kind else {
            panic!("type is a call");
        };
        #[rustfmt::skip]
        let cases: Vec<(Span, &str)> = vec![
            (r.span, &src[src.find(r#""b": {"#).unwrap_or(0)..src.find("}]\n      }").map_or(0, |i| i + 10)]),
            (count.span, r#""count": "${length(var.x)}""#),
            (count.expr.span, r#""${length(var.x)}""#),
            (call.args[0].span, "var.x"),
            (bucket.span, r#""bucket": "${var.name}-logs""#),
            (bucket.expr.span, r#""${var.name}-logs""#),
            (name.span, "var.name"),
            (lookup.span, r#"lookup(m, \"k\")"#),
            (lookup_call.args[1].span, r#"\"k\""#),
            (after_escape.span, "var.y"),
            (r.body.blocks[0].span, r#""lifecycle": {"prevent_destroy": true}"#),
            (r.body.blocks[1].span, r#""local-exec": {"command": "c"}"#),
            (body.blocks[1].span, r#""v": {"type": "list(string)"}"#),
            (var_type.span, r#""list(string)""#),
            (type_call.args[0].span, "string"),
            (body.blocks[2].span, r#"{"value": 1}"#),
            (body.blocks[3].span, r#"{"value": 2}"#),
        ];
        for (i, (span, expected)) in cases.iter().enumerate() {
            assert_eq!(text(src, *span), *expected, "case {i}");
        }
    }

    #[test]
    fn errors_inside_strings_point_into_the_file() {
        #[rustfmt::skip]
        let cases: &[(&str, &str, &str)] = &[
            // (document, the text the error must point at, message fragment)
            ("{\"locals\": {\"a\": \"${var.}\"}}", "}\"}}", "invalid template in string"),
            ("{\n  \"locals\": {\n    \"a\": \"x ${1 +}\"\n  }\n}", "}\"\n", "invalid template"),
            ("{\"locals\": {\"a\": \"\\u00e9\\\"${var.}\"}}", "}\"}}", "invalid template"),
            ("{\"locals\": {\"a\": \"${x\"}}", "\"}}", "expected `}`"),
            ("{\"locals\": {\"a\": \"\\n${x\"}}", "\"}}", "expected `}`"),
            ("{\"variable\": {\"v\": {\"type\": \"list((\"}}}", "(\"}}}", "invalid type expression"),
            ("{\"resource\": {\"t\": {\"n\": {\"provider\": \"aws.\"}}}}", ".\"}}}}", "invalid reference"),
            ("{\"resource\": {\"t\": {\"n\": {\"tags\": {\"${k.}\": 1}}}}}", "}\": 1", "invalid template"),
        ];
        for (src, at, fragment) in cases {
            let e = parse_tf_json(src).expect_err(src);
            let expected = src.rfind(at).unwrap_or(usize::MAX);
            assert_eq!(e.offset, expected, "{src:?}: {}", e.message);
            let before = &src[..expected];
            let line = before.matches('\n').count() + 1;
            let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
            assert_eq!((e.line, e.column), (line, column), "{src:?}");
            assert!(e.message.contains(fragment), "{src:?}: {}", e.message);
        }
    }

    #[test]
    fn malformed_structure_is_an_error_at_its_place() {
        #[rustfmt::skip]
        let cases: &[(&str, usize, usize, &str)] = &[
            ("[1]", 1, 2, "must hold a JSON object"),
            ("\"x\"", 1, 1, "must hold a JSON object"),
            ("{\"resource\": \"x\"}", 1, 14, "`resource` block labels (2 more levels"),
            ("{\"resource\": {\"t\": 1}}", 1, 20, "(1 more level before"),
            ("{\"resource\": {\"t\": [\"x\"]}}", 1, 21, "expected an object whose keys are `resource` block labels"),
            ("{\"resource\": {\"t\": {\"n\": 1}}}", 1, 26, "the body of a `resource` block must be a JSON object"),
            ("{\"locals\": [1]}", 1, 13, "the body of a `locals` block must be a JSON object"),
            ("{\n\"resource\": {\"t\": {\"n\": {\"lifecycle\": true}}}}", 2, 39, "`lifecycle` block"),
        ];
        for (src, line, column, fragment) in cases {
            let e = parse_tf_json(src).expect_err(src);
            assert_eq!(
                (e.line, e.column),
                (*line, *column),
                "{src:?}: {}",
                e.message
            );
            assert!(e.message.contains(fragment), "{src:?}: {}", e.message);
        }
    }

    #[test]
    fn tfvars_json_values_are_literal() {
        let src = r#"{"//": "c", "name": "${not.a.template}", "ports": [22, 443], "big": 12345678901234567890, "m": {"k": {"x": 1.5}}, "n": null}"#;
        let vars = parse_tfvars_json(src).expect("valid");
        let names: Vec<&str> = vars.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(names, ["name", "ports", "big", "m", "n"]);
        assert_eq!(text(src, vars[0].1), r#""name": "${not.a.template}""#);
        assert_eq!(vars[0].2, serde_json::json!("${not.a.template}"));
        assert_eq!(vars[1].2, serde_json::json!([22, 443]));
        assert_eq!(vars[2].2, serde_json::json!(12345678901234567890u64));
        assert_eq!(vars[3].2, serde_json::json!({"k": {"x": 1.5}}));
        assert_eq!(vars[4].2, serde_json::Value::Null);
        for bad in ["[1]", "\"x\"", "{\"a\": }"] {
            assert!(parse_tfvars_json(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn never_panics_on_damaged_input() {
        let sample = r##"{"//": "x", "resource": {"t": {"n": {"count": "${length(var.x)}", "s": "a\"\\\u00e9\ud83d\ude00${f(\"#\")} %{ if c }y%{ endif }",
  "lifecycle": [{"ignore_changes": ["tags"]}], "dynamic": {"d": {"iterator": "i", "content": {"v": [1, -2.5e3, null, true, {}]}}}}}},
  "variable": {"v": {"type": "map(object({a = string}))", "default": {"k": "${x}"}}}, "locals": {"é": "ü"}}"##;
        if let Err(e) = parse_tf_json(sample) {
            panic!(
                "the undamaged sample is valid: {} at {}:{}",
                e.message, e.line, e.column
            );
        }
        let mut damaged: Vec<String> = Vec::new();
        for (i, _) in sample.char_indices() {
            damaged.push(sample[..i].to_string());
            let rest = &sample[i..];
            let next = rest.chars().next().map_or(0, char::len_utf8);
            damaged.push(format!("{}{}", &sample[..i], &rest[next..]));
            for c in ["\"", "{", "}", "[", "\\", "$", "\n"] {
                damaged.push(format!("{}{c}{}", &sample[..i], &rest[next..]));
            }
        }
        for src in &damaged {
            if let Err(e) = parse_tf_json(src) {
                assert!(
                    e.line >= 1 && e.column >= 1 && e.offset <= src.len(),
                    "{src:?}"
                );
            }
            let _ = parse_tfvars_json(src);
        }
    }
}
