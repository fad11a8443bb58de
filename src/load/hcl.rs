//! Lowers hcl-edit's native-syntax tree into tfgate's [`syntax`](super::syntax) tree.

use std::borrow::Cow;
use std::sync::Arc;

use super::dupkeys::Replaced;

use hcl_edit::expr::{self as hx, Expression, TraversalOperator};
use hcl_edit::structure as hs;
use hcl_edit::template as ht;

use super::syntax::{
    Attribute, BinaryOp, Block, Body, Call, Expr, ExprKind, ForExpr, ObjectKey, Operator,
    TemplatePart, UnaryOp,
};
use crate::base::span::Span;

/// One shared copy of each short identifier on a thread: the same names (`var`, `id`, `arn`,
/// `each`) recur thousands of times in a corpus, and the trees live for the whole run. Only
/// names that evaluation borrows go through here; string literals, which evaluation clones
/// into values, keep their own copies so threads never contend for one reference count.
/// Longer text gets its own copy, and the table stops growing at a bound so a file of unique
/// names cannot make it large.
pub(crate) fn shared(text: &str) -> Arc<str> {
    const MAX_LEN: usize = 40;
    const MAX_ENTRIES: usize = 1 << 16;
    thread_local! {
        static TABLE: std::cell::RefCell<rustc_hash::FxHashSet<Arc<str>>> =
            std::cell::RefCell::new(rustc_hash::FxHashSet::default());
    }
    if text.len() > MAX_LEN {
        return Arc::from(text);
    }
    TABLE.with_borrow_mut(|table| {
        if let Some(found) = table.get(text) {
            return Arc::clone(found);
        }
        let new: Arc<str> = Arc::from(text);
        if table.len() < MAX_ENTRIES {
            table.insert(Arc::clone(&new));
        }
        new
    })
}

/// A parse error with its 1-based line and column.
#[derive(Debug, Clone)]
pub struct ParseError {
    pub message: String,
    pub line: usize,
    pub column: usize,
    pub offset: usize,
}

/// Parses a native-syntax file (`.tf`, `.tfvars`) into a [`Body`]; see [`parse_body_noting`].
pub fn parse_body(src: &str) -> Result<Body, ParseError> {
    parse_body_noting(src).map(|(body, _)| body)
}

/// Most repairs (objects with a repeated key, `for` expressions broken across lines) one file
/// is parsed again for.
const MAX_REPAIRS: usize = 64;

/// Parses a native-syntax file, also returning the object items that a later item with the
/// same key replaces. Two things Terraform accepts and hcl-edit refuses are repaired in the
/// text given to the parser, keeping every byte offset, and the file parsed again: objects
/// repeating a key (Terraform keeps the last value; see [`super::dupkeys`]) and line breaks
/// inside an object `for` expression (see [`super::for_newlines`]).
pub fn parse_body_noting(src: &str) -> Result<(Body, Vec<Replaced>), ParseError> {
    let mut err = match parse_once(src) {
        Ok(body) => return Ok((body, Vec::new())),
        Err(e) => e,
    };
    let mut text: Option<String> = None;
    let mut replaced = Vec::new();
    for round in 0..=MAX_REPAIRS {
        let current = text.as_deref().unwrap_or(src);
        let next = if err.message.contains("redefined object key") {
            super::dupkeys::blank_earlier(current, err.offset).map(|(next, more)| {
                replaced.extend(more);
                next
            })
        } else {
            super::for_newlines::join_lines(current, err.offset)
        };
        let Some(next) = next else {
            break;
        };
        if round == MAX_REPAIRS {
            err.message = format!(
                "{} (tfgate repairs at most {MAX_REPAIRS} objects with a repeated key or `for` expressions broken across lines per file, as Terraform accepts them)",
                err.message
            );
            break;
        }
        match parse_once(&next) {
            Ok(body) => return Ok((body, replaced)),
            // Offsets in the repaired text are the file's, but lines may have been joined:
            // the line and column are those of the offset in the file as read.
            Err(e) => err = placed_in(src, e),
        }
        text = Some(next);
    }
    Err(err)
}

/// The error with its line and column (1-based, columns in characters) worked out from its
/// byte offset in `src`.
fn placed_in(src: &str, mut err: ParseError) -> ParseError {
    let offset = err.offset.min(src.len());
    let before = src.as_bytes()[..offset]
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(0, |n| n + 1);
    err.line = 1 + memchr::memchr_iter(b'\n', &src.as_bytes()[..before]).count();
    err.column = 1 + String::from_utf8_lossy(&src.as_bytes()[before..offset])
        .chars()
        .count();
    err
}

fn parse_once(src: &str) -> Result<Body, ParseError> {
    if src.len() >= SPLIT_MIN_BYTES
        && let Some(body) = parse_in_pieces(src)
    {
        return Ok(body);
    }
    parse_whole(src)
}

/// One parse of the whole text.
fn parse_whole(src: &str) -> Result<Body, ParseError> {
    let body = hcl_edit::parser::parse_body(src).map_err(|e| convert_error(&e))?;
    Ok(lower_body(&body, src))
}

/// A file at least this large is cut between top-level items into pieces of about
/// [`PIECE_BYTES`], parsed in parallel: one large file (generated configuration) would
/// otherwise parse on one core while the others wait.
const SPLIT_MIN_BYTES: usize = 256 * 1024;
const PIECE_BYTES: usize = 64 * 1024;

/// The file parsed piece by piece, or `None` when it cannot be cut, a piece does not parse,
/// or two pieces set the same top-level attribute: the caller then parses it whole, so
/// errors (and hcl-edit's check that attributes are unique) are exactly those of one parse.
fn parse_in_pieces(src: &str) -> Option<Body> {
    use rayon::prelude::*;
    let cuts = super::pieces::cuts(src, PIECE_BYTES);
    if cuts.len() < 2 {
        return None;
    }
    let ends: Vec<usize> = cuts.iter().skip(1).copied().chain([src.len()]).collect();
    let bodies: Vec<Body> = cuts
        .par_iter()
        .zip(ends.par_iter())
        .map(|(&start, &end)| {
            let parsed = hcl_edit::parser::parse_body(&src[start..end]).ok()?;
            Some(with_span_offset(start, || {
                lower_body(&parsed, &src[start..end])
            }))
        })
        .collect::<Option<_>>()?;
    let mut out = Body {
        attributes: Vec::with_capacity(bodies.iter().map(|b| b.attributes.len()).sum()),
        blocks: Vec::with_capacity(bodies.iter().map(|b| b.blocks.len()).sum()),
    };
    for body in bodies {
        out.attributes.extend(body.attributes);
        out.blocks.extend(body.blocks);
    }
    let mut names = rustc_hash::FxHashSet::default();
    if !out.attributes.iter().all(|a| names.insert(a.name.as_str())) {
        return None;
    }
    Some(out)
}

thread_local! {
    /// Where the piece being lowered starts in its file: hcl-edit's spans count from the
    /// start of the text it parsed.
    static SPAN_OFFSET: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Runs `f` with spans shifted by `offset`; the shift ends with `f`, even if it panics.
fn with_span_offset<T>(offset: usize, f: impl FnOnce() -> T) -> T {
    struct Reset;
    impl Drop for Reset {
        fn drop(&mut self) {
            SPAN_OFFSET.set(0);
        }
    }
    SPAN_OFFSET.set(offset);
    let _reset = Reset;
    f()
}

/// Parses a single expression (a `--var` value, a type string in `.tf.json`).
pub fn parse_expr(src: &str) -> Result<Expr, ParseError> {
    let expr = hcl_edit::parser::parse_expr(src).map_err(|e| convert_error(&e))?;
    Ok(lower_expr(&expr, src))
}

/// Parses a string template (a JSON-syntax string such as `"${var.name}-logs"`).
pub fn parse_template(src: &str) -> Result<Vec<TemplatePart>, ParseError> {
    let tpl = hcl_edit::parser::parse_template(src).map_err(|e| convert_error(&e))?;
    Ok(lower_template(&tpl, src))
}

fn convert_error(e: &hcl_edit::parser::Error) -> ParseError {
    let loc = e.location();
    ParseError {
        message: e.message().to_string(),
        line: loc.line(),
        column: loc.column(),
        offset: loc.offset(),
    }
}

fn span_of(node: &impl hcl_edit::Span) -> Span {
    node.span()
        .map(|r| {
            let offset = SPAN_OFFSET.get();
            Span::new(r.start + offset..r.end + offset)
        })
        .unwrap_or_default()
}

pub(crate) fn lower_body(body: &hs::Body, src: &str) -> Body {
    // Sized exactly: the lowered trees live for the whole run.
    let attributes = body.iter().filter(|s| s.is_attribute()).count();
    let mut out = Body {
        attributes: Vec::with_capacity(attributes),
        blocks: Vec::with_capacity(body.len() - attributes),
    };
    for structure in body.iter() {
        match structure {
            hs::Structure::Attribute(attr) => out.attributes.push(lower_attribute(attr, src)),
            hs::Structure::Block(block) => out.blocks.push(lower_block(block, src)),
        }
    }
    out
}

fn lower_attribute(attr: &hs::Attribute, src: &str) -> Attribute {
    Attribute {
        name: attr.key.as_str().to_string(),
        expr: lower_expr(&attr.value, src),
        span: span_of(attr),
    }
}

fn lower_block(block: &hs::Block, src: &str) -> Block {
    Block {
        kind: block.ident.as_str().to_string(),
        labels: block
            .labels
            .iter()
            .map(|l| l.as_str().to_string())
            .collect(),
        body: lower_body(&block.body, src),
        span: span_of(block),
    }
}

fn expr(kind: ExprKind, span: Span) -> Expr {
    Expr { kind, span }
}

pub(crate) fn lower_expr(e: &Expression, src: &str) -> Expr {
    let span = span_of(e);
    let kind = match e {
        Expression::Null(_) => ExprKind::Null,
        Expression::Bool(b) => ExprKind::Bool(*b.value()),
        Expression::Number(n) => ExprKind::Number(n.value().as_f64().unwrap_or(f64::NAN)),
        Expression::String(s) => ExprKind::String(Arc::from(s.value().as_str())),
        Expression::Array(items) => {
            ExprKind::Tuple(items.iter().map(|e| lower_expr(e, src)).collect())
        }
        Expression::Object(obj) => ExprKind::Object(
            obj.iter()
                .map(|(k, v)| (lower_object_key(k, src), lower_expr(v.expr(), src)))
                .collect(),
        ),
        Expression::StringTemplate(t) => template_kind(lower_template(t, src)),
        Expression::HeredocTemplate(h) => template_kind(lower_heredoc(h, src)),
        Expression::Parenthesis(p) => ExprKind::Parenthesis(Box::new(lower_expr(p.inner(), src))),
        Expression::Variable(v) => ExprKind::Variable(shared(v.as_str())),
        Expression::Conditional(c) => ExprKind::Conditional(Box::new((
            lower_expr(&c.cond_expr, src),
            lower_expr(&c.true_expr, src),
            lower_expr(&c.false_expr, src),
        ))),
        Expression::FuncCall(call) => ExprKind::Call(Box::new(lower_call(call, src))),
        Expression::Traversal(t) => ExprKind::Traversal(
            Box::new(lower_expr(&t.expr, src)),
            t.operators
                .iter()
                .map(|op| lower_operator(op.value(), src))
                .collect(),
        ),
        Expression::UnaryOp(op) => ExprKind::Unary(
            match op.operator.value() {
                hx::UnaryOperator::Neg => UnaryOp::Neg,
                hx::UnaryOperator::Not => UnaryOp::Not,
            },
            Box::new(lower_expr(&op.expr, src)),
        ),
        Expression::BinaryOp(op) => ExprKind::Binary(
            lower_binary_operator(*op.operator.value()),
            Box::new((lower_expr(&op.lhs_expr, src), lower_expr(&op.rhs_expr, src))),
        ),
        Expression::ForExpr(f) => ExprKind::For(Box::new(ForExpr {
            key_var: f.intro.key_var.as_ref().map(|k| shared(k.as_str())),
            value_var: shared(f.intro.value_var.as_str()),
            collection: lower_expr(&f.intro.collection_expr, src),
            key_expr: f.key_expr.as_ref().map(|e| lower_expr(e, src)),
            value_expr: lower_expr(&f.value_expr, src),
            grouping: f.grouping,
            cond: f.cond.as_ref().map(|c| lower_expr(&c.expr, src)),
        })),
    };
    expr(kind, span)
}

/// A template that is one literal is a plain string; anything else stays a template.
fn template_kind(parts: Vec<TemplatePart>) -> ExprKind {
    match parts.as_slice() {
        [] => ExprKind::String(Arc::from("")),
        [TemplatePart::Literal(s)] => ExprKind::String(Arc::from(s.as_str())),
        _ => ExprKind::Template(parts),
    }
}

fn lower_object_key(key: &hx::ObjectKey, src: &str) -> ObjectKey {
    match key {
        hx::ObjectKey::Ident(ident) => ObjectKey::Ident(shared(ident.as_str())),
        hx::ObjectKey::Expression(e) => ObjectKey::Expr(lower_expr(e, src)),
    }
}

fn lower_call(call: &hx::FuncCall, src: &str) -> Call {
    let mut name = String::new();
    for ns in &call.name.namespace {
        name.push_str(ns.as_str());
        name.push_str("::");
    }
    name.push_str(call.name.name.as_str());
    Call {
        name,
        args: call.args.iter().map(|e| lower_expr(e, src)).collect(),
        expand_final: call.args.expand_final(),
    }
}

fn lower_operator(op: &TraversalOperator, src: &str) -> Operator {
    match op {
        TraversalOperator::AttrSplat(_) => Operator::AttrSplat,
        TraversalOperator::FullSplat(_) => Operator::FullSplat,
        TraversalOperator::GetAttr(name) => Operator::GetAttr(shared(name.as_str())),
        TraversalOperator::Index(e) => Operator::Index(lower_expr(e, src)),
        TraversalOperator::LegacyIndex(i) => {
            let n = *i.value();
            Operator::Index(expr(ExprKind::Number(n as f64), span_of(i)))
        }
    }
}

fn lower_binary_operator(op: hx::BinaryOperator) -> BinaryOp {
    match op {
        hx::BinaryOperator::Eq => BinaryOp::Eq,
        hx::BinaryOperator::NotEq => BinaryOp::NotEq,
        hx::BinaryOperator::LessEq => BinaryOp::LessEq,
        hx::BinaryOperator::GreaterEq => BinaryOp::GreaterEq,
        hx::BinaryOperator::Less => BinaryOp::Less,
        hx::BinaryOperator::Greater => BinaryOp::Greater,
        hx::BinaryOperator::Plus => BinaryOp::Plus,
        hx::BinaryOperator::Minus => BinaryOp::Minus,
        hx::BinaryOperator::Mul => BinaryOp::Mul,
        hx::BinaryOperator::Div => BinaryOp::Div,
        hx::BinaryOperator::Mod => BinaryOp::Mod,
        hx::BinaryOperator::And => BinaryOp::And,
        hx::BinaryOperator::Or => BinaryOp::Or,
    }
}

/// Lowers a quoted string's (or template file's) elements, applying `~` strip markers to the
/// neighbouring text: each literal is one piece, as HCL reads it.
pub(crate) fn lower_template(tpl: &ht::Template, src: &str) -> Vec<TemplatePart> {
    let mut pieces = Vec::with_capacity(tpl.len());
    flatten(tpl, src, Reading::Whole, &mut pieces);
    strip_pieces(&mut pieces);
    build(&pieces, &mut 0, src)
}

/// A heredoc's template as HCL reads one, which differs from a quoted string's in two ways
/// (checked against Terraform): its text comes in one piece per line, so a strip marker
/// (`~`) trims only the piece next to it (`%{ endfor ~}` eats the rest of its line, not the
/// next line's indentation); and `<<-` removes the smallest indentation of the pieces that
/// start a line after the strip markers have trimmed, across directive bodies too, leaving
/// blank lines alone. hcl-edit removes the indentation itself, before the markers and only
/// outside directives, so its indented text is read again from the source.
fn lower_heredoc(h: &ht::HeredocTemplate, src: &str) -> Vec<TemplatePart> {
    let flush = h.indent().is_some();
    let reading = if flush {
        Reading::FlushLines
    } else {
        Reading::Lines
    };
    let mut pieces = Vec::new();
    flatten(&h.template, src, reading, &mut pieces);
    strip_pieces(&mut pieces);
    if flush {
        remove_indentation(&mut pieces);
    }
    build(&pieces, &mut 0, src)
}

/// How a template's text is cut into pieces.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reading {
    /// Each literal is one piece (quoted strings, template files).
    Whole,
    /// One piece per line (heredocs).
    Lines,
    /// One piece per line, the heredoc's own text read from the source (`<<-`, whose text
    /// hcl-edit has already dedented); directive bodies are read as `Lines`.
    FlushLines,
}

/// One piece of a template: text (for a heredoc, a line or part of one, up to and including
/// its line break), or an interpolation or directive marker with its strip markers.
enum Piece<'h> {
    Text(Cow<'h, str>),
    Interpolation(&'h ht::Interpolation),
    If(&'h ht::IfDirective),
    Else(&'h ht::ElseTemplateExpr),
    EndIf(&'h ht::EndifTemplateExpr),
    For(&'h ht::ForDirective),
    EndFor(&'h ht::EndforTemplateExpr),
}

impl Piece<'_> {
    /// The strip markers on the marker's left (`%{~`) and right (`~}`) sides.
    fn strip(&self) -> (bool, bool) {
        let s = match self {
            Piece::Text(_) => return (false, false),
            Piece::Interpolation(i) => &i.strip,
            Piece::If(d) => &d.if_expr.strip,
            Piece::Else(e) => &e.strip,
            Piece::EndIf(e) => &e.strip,
            Piece::For(d) => &d.for_expr.strip,
            Piece::EndFor(e) => &e.strip,
        };
        (s.strip_start(), s.strip_end())
    }
}

/// The template's elements as pieces, in order.
fn flatten<'h>(tpl: &'h ht::Template, src: &str, reading: Reading, out: &mut Vec<Piece<'h>>) {
    for element in tpl.iter() {
        match element {
            ht::Element::Literal(lit) => {
                let value = lit.value().as_str();
                match reading {
                    Reading::Whole => out.push(Piece::Text(Cow::Borrowed(value))),
                    Reading::Lines => out.extend(
                        value
                            .split_inclusive('\n')
                            .map(|line| Piece::Text(Cow::Borrowed(line))),
                    ),
                    Reading::FlushLines => {
                        let raw = hcl_edit::Span::span(lit)
                            .and_then(|r| src.get(r))
                            .map(|raw| raw.replace("$${", "${").replace("%%{", "%{"));
                        match raw {
                            Some(raw) => out.extend(
                                raw.split_inclusive('\n')
                                    .map(|line| Piece::Text(Cow::Owned(line.to_string()))),
                            ),
                            None => out.extend(
                                value
                                    .split_inclusive('\n')
                                    .map(|line| Piece::Text(Cow::Borrowed(line))),
                            ),
                        }
                    }
                }
            }
            ht::Element::Interpolation(i) => out.push(Piece::Interpolation(i)),
            ht::Element::Directive(d) => {
                // Directive bodies keep hcl-edit's text, which it did not dedent.
                let inner = if reading == Reading::Whole {
                    Reading::Whole
                } else {
                    Reading::Lines
                };
                match d.as_ref() {
                    ht::Directive::If(d) => {
                        out.push(Piece::If(d));
                        flatten(&d.if_expr.template, src, inner, out);
                        if let Some(e) = &d.else_expr {
                            out.push(Piece::Else(e));
                            flatten(&e.template, src, inner, out);
                        }
                        out.push(Piece::EndIf(&d.endif_expr));
                    }
                    ht::Directive::For(d) => {
                        out.push(Piece::For(d));
                        flatten(&d.for_expr.template, src, inner, out);
                        out.push(Piece::EndFor(&d.endfor_expr));
                    }
                }
            }
        }
    }
}

/// Strip markers trim the text piece right next to them, when there is one.
fn strip_pieces(pieces: &mut [Piece]) {
    for i in 0..pieces.len() {
        let (left, right) = pieces[i].strip();
        if left
            && i > 0
            && let Piece::Text(t) = &mut pieces[i - 1]
        {
            match t {
                Cow::Borrowed(b) => *b = b.trim_end(),
                Cow::Owned(o) => o.truncate(o.trim_end().len()),
            }
        }
        if right && let Some(Piece::Text(t)) = pieces.get_mut(i + 1) {
            match t {
                Cow::Borrowed(b) => *b = b.trim_start(),
                Cow::Owned(o) => *o = o.trim_start().to_string(),
            }
        }
    }
}

/// `<<-`: the smallest indentation (in characters) of the pieces that start a line is
/// removed from each of them; a line of only blanks does not count and keeps its blanks, and
/// a marker starting a line means there is nothing to remove.
fn remove_indentation(pieces: &mut [Piece]) {
    let mut least = usize::MAX;
    let mut starts = Vec::new();
    let mut line_start = true;
    for (i, piece) in pieces.iter().enumerate() {
        if std::mem::take(&mut line_start) {
            match piece {
                Piece::Text(t) => {
                    let rest = t.trim_start();
                    if !(rest.is_empty() && t.ends_with('\n')) {
                        least = least.min(t[..t.len() - rest.len()].chars().count());
                        starts.push(i);
                    }
                }
                _ => least = 0,
            }
        }
        if let Piece::Text(t) = piece {
            line_start = t.ends_with('\n');
        }
    }
    if least == 0 || least == usize::MAX {
        return;
    }
    for i in starts {
        if let Piece::Text(t) = &mut pieces[i] {
            let cut = t.char_indices().nth(least).map_or(t.len(), |(at, _)| at);
            t.to_mut().drain(..cut);
        }
    }
}

/// The pieces from `at` up to the marker that closes the enclosing directive, as parts.
fn build(pieces: &[Piece], at: &mut usize, src: &str) -> Vec<TemplatePart> {
    let mut parts = Vec::new();
    while let Some(piece) = pieces.get(*at) {
        match piece {
            Piece::Else(_) | Piece::EndIf(_) | Piece::EndFor(_) => break,
            Piece::Text(t) => {
                push_literal(&mut parts, t);
                *at += 1;
            }
            Piece::Interpolation(i) => {
                parts.push(TemplatePart::Interpolation(lower_expr(&i.expr, src)));
                *at += 1;
            }
            Piece::If(d) => {
                *at += 1;
                let then = build(pieces, at, src);
                let mut otherwise = Vec::new();
                if let Some(Piece::Else(_)) = pieces.get(*at) {
                    *at += 1;
                    otherwise = build(pieces, at, src);
                }
                // The `endif`.
                *at += 1;
                parts.push(TemplatePart::If {
                    cond: lower_expr(&d.if_expr.cond_expr, src),
                    then,
                    otherwise,
                });
            }
            Piece::For(d) => {
                *at += 1;
                let body = build(pieces, at, src);
                // The `endfor`.
                *at += 1;
                parts.push(TemplatePart::For {
                    key_var: d.for_expr.key_var.as_ref().map(|k| shared(k.as_str())),
                    value_var: shared(d.for_expr.value_var.as_str()),
                    collection: lower_expr(&d.for_expr.collection_expr, src),
                    body,
                });
            }
        }
    }
    parts
}

fn push_literal(parts: &mut Vec<TemplatePart>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(TemplatePart::Literal(prev)) = parts.last_mut() {
        prev.push_str(text);
    } else {
        parts.push(TemplatePart::Literal(text.to_string()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Repeats a varied file (heredocs, template directives, comments, dynamic blocks, for
    /// expressions) past the size at which files are parsed in pieces.
    fn large(unit: &str) -> String {
        let mut src = String::new();
        let mut n = 0;
        while src.len() < SPLIT_MIN_BYTES * 2 {
            src.push_str(&format!(
                "# copy {n}\n/* a {{ comment\n spanning lines */\n{unit}\n"
            ));
            n += 1;
        }
        src
    }

    #[test]
    fn a_large_file_parsed_in_pieces_equals_one_parse_spans_included() {
        let src = large(include_str!("../../testdata/eval/syntax-zoo/main.tf"));
        assert!(super::super::pieces::cuts(&src, PIECE_BYTES).len() > 2);
        let pieces = parse_in_pieces(&src).expect("the file is cut and every piece parses");
        let whole = parse_whole(&src).expect("valid HCL");
        assert_eq!(format!("{pieces:?}"), format!("{whole:?}"));
        assert_eq!(
            format!("{:?}", parse_body(&src)),
            format!("{:?}", Ok::<_, ()>(whole))
        );
        // Spans point into the file, not into the piece.
        let last = pieces.blocks.last().expect("blocks");
        assert!(src[last.span.start as usize..].starts_with(&last.kind));
        assert!(last.span.start as usize > src.len() - PIECE_BYTES);
    }

    #[test]
    fn a_large_file_with_an_empty_heredoc_parses_as_one_parse_does() {
        // hcl-edit closes an empty heredoc at a later `EOF` line when there is one, so the
        // meaning of the file depends on all of it: such a file is never cut.
        // The empty one is in the resource that ends the first piece a cut would make.
        let resource = |n: usize, user_data: &str| {
            format!("resource \"aws_instance\" \"i{n}\" {{\n  user_data = {user_data}\n}}\n")
        };
        let mut src = String::new();
        let mut n = 0;
        let mut placed = false;
        while src.len() < SPLIT_MIN_BYTES * 2 {
            let full = resource(n, "<<EOF\necho hi\nEOF");
            if !placed && src.len() + full.len() >= PIECE_BYTES {
                src.push_str(&resource(n, "<<EOF\nEOF"));
                placed = true;
            } else {
                src.push_str(&full);
            }
            n += 1;
        }
        let pieces = format!("{:?}", parse_body(&src).map_err(|e| e.message));
        let whole = format!("{:?}", parse_whole(&src).map_err(|e| e.message));
        assert_eq!(pieces, whole);
    }

    #[test]
    fn a_large_file_with_an_error_or_a_repeated_attribute_reports_what_one_parse_does() {
        let unit = "a_{n} = {\n  k = \"v\"\n}\n";
        let mut src = String::new();
        let mut n = 0;
        while src.len() < SPLIT_MIN_BYTES * 2 {
            src.push_str(&unit.replace("{n}", &n.to_string()));
            n += 1;
        }
        // The same top-level attribute in two pieces: hcl-edit refuses it in one parse.
        let repeated = format!("{src}a_0 = 1\n");
        let err = parse_body(&repeated).expect_err("redefined attribute");
        let whole = parse_whole(&repeated).expect_err("redefined attribute");
        assert_eq!(
            (err.line, err.column, err.message),
            (whole.line, whole.column, whole.message)
        );
        // A syntax error in the middle is located as by one parse.
        let middle = src.len() / 2;
        let at = middle + src[middle..].find('\n').expect("a line") + 1;
        let broken = format!("{}b = = 1\n{}", &src[..at], &src[at..]);
        let err = parse_body(&broken).expect_err("syntax error");
        let whole = parse_whole(&broken).expect_err("syntax error");
        assert_eq!(
            (err.line, err.column, err.message),
            (whole.line, whole.column, whole.message)
        );
    }

    #[test]
    fn a_for_expression_across_lines_parses_and_later_errors_keep_their_place() {
        let (body, _) = parse_body_noting("m = { for k in x : k => c ? 1 :\n  2\n}\nn = 1\n")
            .expect("Terraform accepts line breaks in a for expression");
        assert_eq!(body.attributes.len(), 2);
        // The error after the repaired lines is at line 5 of the file, not of the joined text.
        let src = "m = { for k in x : k => c ? 1 :\n  2\n}\nb = {\n  x = 1 +\n}\n";
        let err = parse_body(src).expect_err("an operator without its right side");
        let plain = parse_body(&src.replacen(":\n  2\n", ": 2 \n\n", 1)).expect_err("same");
        assert_eq!(
            (err.line, err.column, err.offset),
            (plain.line, plain.column, plain.offset)
        );
        assert!(
            err.line >= 5,
            "{} at {}:{}",
            err.message,
            err.line,
            err.column
        );
    }

    #[test]
    fn a_repeated_object_key_keeps_the_last_value_and_other_errors_stay() {
        let (body, replaced) =
            parse_body_noting("x = { a = 1, b = 2, a = 3 }\ny = { a = [1], a = [2] }\n")
                .expect("Terraform accepts repeated object keys");
        let keys: Vec<(&str, usize, usize)> = replaced
            .iter()
            .map(|r| (r.key.as_str(), r.offset, r.by))
            .collect();
        assert_eq!(keys, [("a", 6, 20), ("a", 34, 43)]);
        let ExprKind::Object(items) = &body.attributes[0].expr.kind else {
            panic!("an object");
        };
        assert_eq!(items.len(), 2, "{items:?}");
        // A repeated attribute of a body is an error in Terraform too.
        let err = parse_body("x = { a = 1, a = 2 }\nx = 1\n").expect_err("attribute redefined");
        assert_eq!((err.line, err.column), (2, 1), "{}", err.message);
        // An error behind a repaired object is reported where it is.
        let err = parse_body("x = { a = 1, a = 2 }\ny = [\n").expect_err("syntax error");
        let plain = parse_body("x = { a = 2 }\ny = [\n").expect_err("syntax error");
        assert_eq!((err.line, &err.message), (plain.line, &plain.message));
        assert_eq!(err.offset, plain.offset + 7);
        // In a file parsed in pieces, too.
        let unit = "a_{n} = { k = \"v\", k = \"w\" }\n";
        let mut src = String::new();
        let mut n = 0;
        while src.len() < SPLIT_MIN_BYTES + 1 {
            src.push_str(&unit.replace("{n}", &n.to_string()));
            n += 1;
        }
        let err = parse_body(&src).expect_err("too many objects to repair");
        assert!(
            err.message.contains("at most 64 objects"),
            "{}",
            err.message
        );
        let few = format!(
            "x = {{ a = 1, a = 2 }}\n{}",
            "# padding line\n".repeat(40_000)
        );
        assert!(few.len() >= SPLIT_MIN_BYTES);
        let (body, replaced) = parse_body_noting(&few).expect("repaired");
        assert_eq!((body.attributes.len(), replaced.len()), (1, 1));
    }

    #[test]
    fn short_identifiers_share_one_copy_and_literals_and_long_text_get_their_own() {
        let body = parse_body("a = var.region\nb = var.region\nc = \"tcp\"\nd = \"tcp\"\n")
            .expect("valid HCL");
        let name = |i: usize| match &body.attributes[i].expr.kind {
            ExprKind::Traversal(base, ops) => match (&base.kind, ops.as_slice()) {
                (ExprKind::Variable(v), [Operator::GetAttr(attr)]) => (v.clone(), attr.clone()),
                other => panic!("not var.region: {other:?}"),
            },
            other => panic!("not a traversal: {other:?}"),
        };
        let ((var_a, attr_a), (var_b, attr_b)) = (name(0), name(1));
        assert_eq!((&*var_a, &*attr_a), ("var", "region"));
        assert!(Arc::ptr_eq(&var_a, &var_b) && Arc::ptr_eq(&attr_a, &attr_b));
        let literal = |i: usize| match &body.attributes[i].expr.kind {
            ExprKind::String(s) => s.clone(),
            other => panic!("not a string: {other:?}"),
        };
        assert_eq!(&*literal(2), "tcp");
        assert!(!Arc::ptr_eq(&literal(2), &literal(3)));
        let long = "x".repeat(41);
        let (first, second) = (shared(&long), shared(&long));
        assert_eq!(&*first, long);
        assert!(!Arc::ptr_eq(&first, &second));
    }

    #[test]
    fn spans_point_at_the_source() {
        let src = "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"logs\" # trailing\n}\n";
        let body = parse_body(src).expect("valid HCL");
        let block = &body.blocks[0];
        assert_eq!(block.labels, ["aws_s3_bucket", "b"]);
        let attr = block.body.attribute("bucket").expect("attribute is there");
        assert_eq!(&src[attr.span.range()], "bucket = \"logs\"");
        assert_eq!(&src[attr.expr.span.range()], "\"logs\"");
    }

    #[test]
    fn strip_markers_trim_neighbouring_literals() {
        let src = "x = <<-EOT\n  %{ for v in [1, 2] ~}\n  ${v}\n  %{ endfor ~}\n  done\nEOT\n";
        let body = parse_body(src).expect("valid HCL");
        let ExprKind::Template(parts) = &body.attributes[0].expr.kind else {
            panic!("expected a template");
        };
        let TemplatePart::For { body: inner, .. } = &parts[0] else {
            panic!("expected a for directive first, got {parts:?}");
        };
        // As Terraform renders it ("  1\n  2\n  done\n"): `~}` trims the rest of its own
        // line only, after which the next line no longer starts a piece of text, so `<<-`
        // leaves its indentation.
        assert!(matches!(&inner[0], TemplatePart::Literal(s) if s == "  "));
        assert!(matches!(inner[1], TemplatePart::Interpolation(_)));
        assert!(matches!(&parts[1], TemplatePart::Literal(s) if s == "  done\n"));
    }

    #[test]
    fn errors_carry_line_and_column() {
        let err = parse_body("a = 1\nb = \n").expect_err("missing value");
        assert_eq!(err.line, 2);
    }
}
