//! `yamlencode` and `yamldecode`.
//!
//! `yamlencode` writes what Terraform's emitter (libyaml, as ported to Go) writes for the
//! events Terraform sends it: strings double-quoted (literal blocks when they have line
//! breaks and can be), block collections, empty ones in flow style, long quoted strings
//! folded at 80 columns. `yamldecode` reads a safe subset of YAML with Terraform's scalar
//! resolution (YAML 1.1 booleans like `yes`, timestamps as RFC 3339 strings); anchors,
//! aliases, tags, complex keys and multi-line plain or quoted scalars are reported as
//! unsupported rather than guessed at.

use super::{FnCtx, FnError, FnResult, arg_str, arity, invalid, unknown_if_any};
use crate::model::value::{Map, Value, format_number};

/// `yamlencode(value)`: YAML text as Terraform's emitter writes it.
pub fn yamlencode(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 1)?;
    if args[0].contains_unknown() {
        return Ok(Value::unknown());
    }
    let mut e = Emitter {
        out: String::new(),
        column: 0,
        whitespace: true,
        indention: true,
        open_ended: false,
        indent: -1,
    };
    e.node(
        &args[0],
        Context {
            root: true,
            ..Context::default()
        },
    );
    // Document end, then stream end: "..." closes a document that could otherwise go on.
    e.indent = -1;
    e.write_indent();
    if e.open_ended {
        e.indicator("...", true, false, false);
        e.write_indent();
    }
    Ok(Value::string(e.out))
}

/// libyaml's emitter state, reduced to what Terraform's events need.
struct Emitter {
    out: String,
    column: usize,
    whitespace: bool,
    indention: bool,
    open_ended: bool,
    indent: i64,
}

#[derive(Clone, Copy, Default)]
struct Context {
    root: bool,
    mapping: bool,
    simple_key: bool,
}

const BEST_INDENT: i64 = 2;
const BEST_WIDTH: usize = 80;

fn is_break(c: char) -> bool {
    matches!(c, '\r' | '\n' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// libyaml's printable set: 4-byte UTF-8 characters (emoji) are not in it.
fn is_printable(c: char) -> bool {
    c == '\n'
        || (' '..='~').contains(&c)
        || ('\u{A0}'..='\u{D7FF}').contains(&c)
        || (('\u{E000}'..='\u{FFFD}').contains(&c) && c != '\u{FEFF}')
}

impl Emitter {
    fn put(&mut self, c: char) {
        self.out.push(c);
        self.column += 1;
    }

    fn put_break(&mut self) {
        self.out.push('\n');
        self.column = 0;
    }

    fn write_indent(&mut self) {
        let indent = usize::try_from(self.indent).unwrap_or(0);
        if !self.indention || self.column > indent || (self.column == indent && !self.whitespace) {
            self.put_break();
        }
        while self.column < indent {
            self.put(' ');
        }
        self.whitespace = true;
        self.indention = true;
    }

    fn indicator(
        &mut self,
        s: &str,
        need_whitespace: bool,
        is_whitespace: bool,
        is_indention: bool,
    ) {
        if need_whitespace && !self.whitespace {
            self.put(' ');
        }
        s.chars().for_each(|c| self.put(c));
        self.whitespace = is_whitespace;
        self.indention = self.indention && is_indention;
        self.open_ended = false;
    }

    fn increase_indent(&mut self, flow: bool, indentless: bool) -> i64 {
        let saved = self.indent;
        if self.indent < 0 {
            self.indent = if flow { BEST_INDENT } else { 0 };
        } else if !indentless {
            self.indent += BEST_INDENT;
        }
        saved
    }

    fn node(&mut self, v: &Value, cx: Context) {
        match v {
            Value::List(items) | Value::Set(items) if items.is_empty() => self.empty_flow('[', ']'),
            Value::Object(obj) if obj.fields.is_empty() => self.empty_flow('{', '}'),
            Value::List(items) | Value::Set(items) => {
                let saved = self.increase_indent(false, cx.mapping && !self.indention);
                for item in items.iter() {
                    self.write_indent();
                    self.indicator("-", true, false, true);
                    self.node(item, Context::default());
                }
                self.indent = saved;
            }
            Value::Object(obj) => {
                let saved = self.increase_indent(false, false);
                let value_cx = Context {
                    mapping: true,
                    ..Context::default()
                };
                for (k, item) in &obj.fields {
                    self.write_indent();
                    if k.len() <= 128 && !k.chars().any(is_break) {
                        self.node(
                            &Value::string(k.as_str()),
                            Context {
                                mapping: true,
                                simple_key: true,
                                ..Context::default()
                            },
                        );
                        self.indicator(":", false, false, false);
                    } else {
                        self.indicator("?", true, false, true);
                        self.node(&Value::string(k.as_str()), value_cx);
                        self.write_indent();
                        self.indicator(":", true, false, true);
                    }
                    self.node(item, value_cx);
                }
                self.indent = saved;
            }
            Value::String(s) => {
                let saved = self.increase_indent(true, false);
                if s.contains('\n') && !cx.simple_key && block_allowed(s) {
                    self.literal(s);
                } else {
                    self.double_quoted(s, !cx.simple_key);
                }
                self.indent = saved;
            }
            other => {
                let text = match other {
                    Value::Null => "null".to_string(),
                    Value::Bool(b) => b.to_string(),
                    Value::Number(n) if n.is_infinite() => {
                        if *n > 0.0 { "+Inf" } else { "-Inf" }.to_string()
                    }
                    Value::Number(n) if n.fract() == 0.0 && n.abs() < 1e17 => format_number(*n),
                    Value::Number(n) => format!("{n}"),
                    _ => String::new(),
                };
                let saved = self.increase_indent(true, false);
                if !self.whitespace {
                    self.put(' ');
                }
                text.chars().for_each(|c| self.put(c));
                self.whitespace = false;
                self.indention = false;
                if cx.root {
                    self.open_ended = true;
                }
                self.indent = saved;
            }
        }
    }

    fn empty_flow(&mut self, open: char, close: char) {
        self.indicator(&open.to_string(), true, true, false);
        self.indicator(&close.to_string(), false, false, false);
    }

    fn double_quoted(&mut self, s: &str, allow_breaks: bool) {
        self.indicator("\"", true, false, false);
        let mut spaces = false;
        let chars: Vec<(usize, char)> = s.char_indices().collect();
        let mut i = 0;
        while let Some(&(at, c)) = chars.get(i) {
            if !is_printable(c) || c == '\u{FEFF}' || is_break(c) || c == '"' || c == '\\' {
                self.put('\\');
                let esc = match c {
                    '\0' => "0".to_string(),
                    '\u{7}' => "a".into(),
                    '\u{8}' => "b".into(),
                    '\t' => "t".into(),
                    '\n' => "n".into(),
                    '\u{b}' => "v".into(),
                    '\u{c}' => "f".into(),
                    '\r' => "r".into(),
                    '\u{1b}' => "e".into(),
                    '"' => "\"".into(),
                    '\\' => "\\".into(),
                    '\u{85}' => "N".into(),
                    '\u{A0}' => "_".into(),
                    '\u{2028}' => "L".into(),
                    '\u{2029}' => "P".into(),
                    c if u32::from(c) <= 0xFF => format!("x{:02X}", u32::from(c)),
                    c if u32::from(c) <= 0xFFFF => format!("u{:04X}", u32::from(c)),
                    c => format!("U{:08X}", u32::from(c)),
                };
                esc.chars().for_each(|c| self.put(c));
                spaces = false;
            } else if c == ' ' {
                if allow_breaks && !spaces && self.column > BEST_WIDTH && at > 0 && at < s.len() - 1
                {
                    self.write_indent();
                    if chars.get(i + 1).is_some_and(|&(_, n)| n == ' ') {
                        self.put('\\');
                    }
                } else {
                    self.put(c);
                }
                spaces = true;
            } else {
                self.put(c);
                spaces = false;
            }
            i += 1;
        }
        self.indicator("\"", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    fn literal(&mut self, s: &str) {
        self.indicator("|", true, false, false);
        if s.starts_with(' ') || s.starts_with(is_break) {
            self.indicator(&BEST_INDENT.to_string(), false, false, false);
        }
        self.open_ended = false;
        let mut rev = s.chars().rev();
        let chomp = match (rev.next(), rev.next()) {
            (Some(last), _) if !is_break(last) => Some("-"),
            (Some(_), None) => Some("+"),
            (Some(_), Some(before)) if is_break(before) => Some("+"),
            _ => None,
        };
        if let Some(hint) = chomp {
            self.indicator(hint, false, false, false);
            if hint == "+" {
                self.open_ended = true;
            }
        }
        self.put_break();
        self.indention = true;
        self.whitespace = true;
        let mut breaks = true;
        for c in s.chars() {
            if is_break(c) {
                if c == '\n' {
                    self.put_break();
                } else {
                    self.out.push(c);
                    self.column = 0;
                }
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                self.put(c);
                self.indention = false;
                breaks = false;
            }
        }
    }
}

/// Whether libyaml may write the string as a block scalar: no unprintable characters, no
/// trailing space, no space right before a line break.
fn block_allowed(s: &str) -> bool {
    let mut prev_space = false;
    for c in s.chars() {
        if !is_printable(c) || (prev_space && is_break(c)) {
            return false;
        }
        prev_space = c == ' ';
    }
    !s.ends_with(' ')
}

/// Deepest nesting `yamldecode` follows.
const MAX_DEPTH: usize = 200;

/// `yamldecode(src)`: the value YAML text stands for (a safe subset of YAML).
pub fn yamldecode(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 1)?;
    unknown_if_any!(args);
    let s = arg_str(&args[0], "src")?;
    Decoder::new(&s).document()
}

fn unsupported(what: &str) -> FnError {
    FnError::Unsupported(format!("yamldecode ({what})"))
}

/// A content line: its indentation and the text after it.
struct Line {
    indent: usize,
    text: String,
}

struct Decoder {
    lines: Vec<Line>,
    pos: usize,
    depth: usize,
}

/// Strips a comment: `#` at the start or after a space, outside quoted scalars.
fn strip_comment(text: &str) -> &str {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let (mut i, mut prev) = (0, ' ');
    while let Some(&(at, c)) = chars.get(i) {
        if (c == '"' || c == '\'') && matches!(prev, ' ' | '\t' | '[' | '{' | ',') {
            let mut j = i + 1;
            while let Some(&(_, d)) = chars.get(j) {
                let escaped_quote =
                    c == '\'' && d == c && chars.get(j + 1).is_some_and(|n| n.1 == c);
                if (c == '"' && d == '\\') || escaped_quote {
                    j += 2;
                } else if d == c {
                    break;
                } else {
                    j += 1;
                }
            }
            i = j + 1;
            prev = c;
            continue;
        }
        if c == '#' && matches!(prev, ' ' | '\t') {
            return text[..at].trim_end();
        }
        prev = c;
        i += 1;
    }
    text.trim_end()
}

fn is_blank(text: &str) -> bool {
    let t = text.trim_start_matches([' ', '\t']);
    t.is_empty() || t.starts_with('#')
}

impl Decoder {
    fn new(src: &str) -> Decoder {
        // A final line break ends the last line; it does not start another.
        let src = src.strip_suffix('\n').unwrap_or(src);
        let lines = src
            .split('\n')
            .map(|l| {
                let l = l.strip_suffix('\r').unwrap_or(l);
                let indent = l.len() - l.trim_start_matches(' ').len();
                Line {
                    indent,
                    text: l[indent..].to_string(),
                }
            })
            .collect();
        Decoder {
            lines,
            pos: 0,
            depth: 0,
        }
    }

    /// The next line with content, skipping blank and comment lines.
    fn peek(&mut self) -> Option<&Line> {
        while self.pos < self.lines.len() && is_blank(&self.lines[self.pos].text) {
            self.pos += 1;
        }
        self.lines.get(self.pos)
    }

    fn document(&mut self) -> FnResult {
        if let Some(line) = self.peek() {
            if line.text.starts_with('%') {
                return Err(unsupported("directives"));
            }
            if line.text == "---" || line.text.starts_with("--- ") {
                if !is_blank(&line.text[3..]) {
                    return Err(unsupported("content on the document start line"));
                }
                self.pos += 1;
            }
        }
        let value = self.node(-1)?;
        if self
            .peek()
            .is_some_and(|l| is_marker(l) && l.text.starts_with("..."))
        {
            self.pos += 1;
        }
        match self.peek() {
            None => Ok(value),
            Some(line) if line.indent == 0 && line.text.starts_with("---") => {
                Err(invalid("only a single document is allowed"))
            }
            Some(_) => Err(unsupported("this layout of YAML")),
        }
    }

    fn node(&mut self, parent: i64) -> FnResult {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(unsupported("nesting deeper than 200 levels"));
        }
        let result = self.node_inner(parent);
        self.depth -= 1;
        result
    }

    fn node_inner(&mut self, parent: i64) -> FnResult {
        let Some(line) = self.peek() else {
            return Ok(Value::Null);
        };
        if (line.indent as i64) <= parent || is_marker(line) {
            return Ok(Value::Null);
        }
        if line.text.starts_with('\t') {
            return Err(unsupported("tab indentation"));
        }
        let indent = line.indent;
        if is_seq_item(&line.text) {
            return self.sequence(indent);
        }
        if line.text == "?" || line.text.starts_with("? ") {
            return Err(unsupported("complex mapping keys"));
        }
        if split_key(&line.text)?.is_some() {
            return self.mapping(indent);
        }
        let text = line.text.clone();
        self.pos += 1;
        self.inline(&text, parent)
    }

    fn sequence(&mut self, indent: usize) -> FnResult {
        let mut items = Vec::new();
        while let Some(line) = self.peek() {
            if line.indent != indent || !is_seq_item(&line.text) || is_marker(line) {
                break;
            }
            let rest = line.text[1..].trim_start_matches(' ');
            if is_blank(rest) {
                self.pos += 1;
            } else {
                // `- key: value` and `- - x` start a node at the column after the dash.
                let column = indent + line.text.len() - rest.len();
                let rest = rest.to_string();
                self.lines[self.pos] = Line {
                    indent: column,
                    text: rest,
                };
            }
            items.push(self.node(indent as i64)?);
        }
        Ok(Value::list(items))
    }

    fn mapping(&mut self, indent: usize) -> FnResult {
        let mut fields = Map::new();
        while let Some(line) = self.peek() {
            if line.indent != indent || is_seq_item(&line.text) || is_marker(line) {
                break;
            }
            let text = line.text.clone();
            let Some((key, rest)) = split_key(&text)? else {
                return Err(unsupported("a scalar line inside a mapping"));
            };
            self.pos += 1;
            if key.as_str() == Some("<<") {
                return Err(unsupported("merge keys"));
            }
            let key = match key {
                Value::Null => return Err(invalid("mapping key cannot be null")),
                Value::Number(n) => crate::model::value::format_number(n),
                other => other.to_str().map(|s| s.to_string()).unwrap_or_default(),
            };
            let rest = strip_comment(rest.trim_start_matches([' ', '\t']));
            let value = if rest.is_empty() {
                // A sequence may sit at the same indentation as the key that owns it.
                match self.peek() {
                    Some(l) if l.indent == indent && is_seq_item(&l.text) => {
                        self.sequence(indent)?
                    }
                    _ => self.node(indent as i64)?,
                }
            } else {
                self.inline(rest, indent as i64)?
            };
            fields.insert(key, value);
        }
        Ok(Value::object(fields))
    }

    /// A value written on one line (or starting there: block scalars, flow collections).
    fn inline(&mut self, text: &str, parent: i64) -> FnResult {
        let text = strip_comment(text);
        let Some(first) = text.chars().next() else {
            return Ok(Value::Null);
        };
        match first {
            '|' | '>' => self.block_scalar(text, parent),
            '[' | '{' => {
                let mut src = text.to_string();
                while !balanced(&src) {
                    match self.peek() {
                        Some(l) if (l.indent as i64) > parent => {
                            src.push(' ');
                            src.push_str(strip_comment(&l.text));
                            self.pos += 1;
                        }
                        _ => return Err(unsupported("an unterminated flow collection")),
                    }
                }
                let mut p = Flow {
                    chars: src.chars().collect(),
                    i: 0,
                    depth: self.depth,
                };
                let v = p.value()?;
                p.skip_space();
                if p.i < p.chars.len() {
                    return Err(unsupported("text after a flow collection"));
                }
                Ok(v)
            }
            '"' | '\'' => {
                let chars: Vec<char> = text.chars().collect();
                let (s, end) = quoted(&chars, 0)?;
                if end < chars.len() {
                    return Err(unsupported("text after a quoted scalar"));
                }
                self.no_continuation(parent)?;
                Ok(Value::string(s))
            }
            '&' | '*' | '!' => Err(unsupported("anchors, aliases and tags")),
            '%' | '@' | '`' => Err(unsupported("reserved indicators")),
            _ if is_seq_item(text) || split_key(text)?.is_some() => Err(unsupported(
                "a block collection on the same line as its key",
            )),
            _ => {
                self.no_continuation(parent)?;
                resolve_plain(text)
            }
        }
    }

    /// Plain and quoted scalars that go on over several lines are not supported.
    fn no_continuation(&mut self, parent: i64) -> Result<(), FnError> {
        match self.peek() {
            Some(l) if (l.indent as i64) > parent => Err(unsupported("multi-line scalars")),
            _ => Ok(()),
        }
    }

    fn block_scalar(&mut self, header: &str, parent: i64) -> FnResult {
        let folded = header.starts_with('>');
        let chomp = match &header[1..] {
            "" => ' ',
            "-" => '-',
            "+" => '+',
            _ => return Err(unsupported("block scalar indentation indicators")),
        };
        // Content lines are raw: blank lines and `#` belong to the text.
        let start = self.pos;
        let mut width: Option<usize> = None;
        while let Some(line) = self.lines.get(self.pos) {
            if !line.text.is_empty() {
                match width {
                    None if (line.indent as i64) <= parent => break,
                    None => width = Some(line.indent),
                    Some(w) if line.indent < w => break,
                    Some(_) => {}
                }
            }
            self.pos += 1;
        }
        let w = width.unwrap_or(0);
        let texts: Vec<String> = self.lines[start..self.pos]
            .iter()
            .map(|l| {
                if l.text.is_empty() {
                    String::new()
                } else {
                    format!("{}{}", " ".repeat(l.indent.saturating_sub(w)), l.text)
                }
            })
            .collect();
        let body_end = texts
            .iter()
            .rposition(|t| !t.is_empty())
            .map_or(0, |i| i + 1);
        let trailing = texts.len() - body_end;
        let body = &texts[..body_end];
        let mut out = if folded { fold(body) } else { body.join("\n") };
        if body_end > 0 {
            match chomp {
                '-' => {}
                '+' => out.push_str(&"\n".repeat(trailing + 1)),
                _ => out.push('\n'),
            }
        } else if chomp == '+' {
            out.push_str(&"\n".repeat(trailing));
        }
        Ok(Value::string(out))
    }
}

/// YAML line folding for `>` scalars: a break between two ordinary lines becomes a space,
/// empty lines stand for line breaks, and lines that are more indented keep theirs.
fn fold(lines: &[String]) -> String {
    let mut out = String::new();
    let mut empties = 0;
    let mut prev: Option<&str> = None;
    for line in lines {
        if line.is_empty() {
            empties += 1;
            continue;
        }
        match prev {
            None => out.push_str(&"\n".repeat(empties)),
            Some(p) => {
                let ordinary = |l: &str| !l.starts_with([' ', '\t']);
                if ordinary(p) && ordinary(line) {
                    out.push_str(&if empties == 0 {
                        " ".to_string()
                    } else {
                        "\n".repeat(empties)
                    });
                } else {
                    out.push_str(&"\n".repeat(empties + 1));
                }
            }
        }
        out.push_str(line);
        empties = 0;
        prev = Some(line);
    }
    out
}

/// `---` or `...` at the start of a line: a document starts or ends there.
fn is_marker(line: &Line) -> bool {
    line.indent == 0
        && ["---", "..."]
            .iter()
            .any(|m| line.text.strip_prefix(m).is_some_and(is_blank))
}

fn is_seq_item(text: &str) -> bool {
    text == "-" || text.starts_with("- ") || text.starts_with("-\t")
}

/// Splits `key: rest` when the line is a mapping entry.
fn split_key(text: &str) -> Result<Option<(Value, &str)>, FnError> {
    let chars: Vec<char> = text.chars().collect();
    let byte = |i: usize| text.char_indices().nth(i).map_or(text.len(), |(b, _)| b);
    if matches!(chars.first(), Some('"' | '\'')) {
        let Ok((key, end)) = quoted_prefix(&chars, 0) else {
            return Ok(None);
        };
        let mut j = end;
        while chars.get(j) == Some(&' ') {
            j += 1;
        }
        if chars.get(j) == Some(&':') && matches!(chars.get(j + 1), None | Some(' ' | '\t')) {
            return Ok(Some((Value::string(key), &text[byte(j + 1)..])));
        }
        return Ok(None);
    }
    if matches!(
        chars.first(),
        Some('[' | '{' | '&' | '*' | '!' | '|' | '>' | '#')
    ) {
        return Ok(None);
    }
    for (i, &c) in chars.iter().enumerate() {
        if c == '#' && i > 0 && chars[i - 1] == ' ' {
            return Ok(None);
        }
        if c == ':' && matches!(chars.get(i + 1), None | Some(' ' | '\t')) {
            let key = text[..byte(i)].trim_end();
            return Ok(Some((resolve_plain(key)?, &text[byte(i + 1)..])));
        }
    }
    Ok(None)
}

/// A quoted scalar starting at `chars[at]`; returns the text and the index after it.
fn quoted(chars: &[char], at: usize) -> Result<(String, usize), FnError> {
    quoted_prefix(chars, at).map_err(|()| unsupported("multi-line or unterminated quoted scalars"))
}

fn quoted_prefix(chars: &[char], at: usize) -> Result<(String, usize), ()> {
    let q = chars.get(at).copied().ok_or(())?;
    let mut out = String::new();
    let mut i = at + 1;
    while let Some(&c) = chars.get(i) {
        i += 1;
        match (q, c) {
            ('\'', '\'') if chars.get(i) == Some(&'\'') => {
                out.push('\'');
                i += 1;
            }
            ('\'', '\'') | ('"', '"') => return Ok((out, i)),
            ('"', '\\') => {
                let e = chars.get(i).copied().ok_or(())?;
                i += 1;
                let hex = |n: usize, i: &mut usize| -> Result<char, ()> {
                    let digits: String = chars.get(*i..*i + n).ok_or(())?.iter().collect();
                    *i += n;
                    u32::from_str_radix(&digits, 16)
                        .ok()
                        .and_then(char::from_u32)
                        .ok_or(())
                };
                out.push(match e {
                    '0' => '\0',
                    'a' => '\u{7}',
                    'b' => '\u{8}',
                    't' | '\t' => '\t',
                    'n' => '\n',
                    'v' => '\u{b}',
                    'f' => '\u{c}',
                    'r' => '\r',
                    'e' => '\u{1b}',
                    ' ' => ' ',
                    '"' => '"',
                    '/' => '/',
                    '\\' => '\\',
                    'N' => '\u{85}',
                    '_' => '\u{a0}',
                    'L' => '\u{2028}',
                    'P' => '\u{2029}',
                    'x' => hex(2, &mut i)?,
                    'u' => hex(4, &mut i)?,
                    'U' => hex(8, &mut i)?,
                    _ => return Err(()),
                });
            }
            (_, c) => out.push(c),
        }
    }
    Err(())
}

/// Whether brackets in a flow collection are closed (outside quotes).
fn balanced(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    let mut depth = 0i64;
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        match c {
            '"' | '\'' => match quoted_prefix(&chars, i) {
                Ok((_, end)) => i = end,
                Err(()) => return false,
            },
            '[' | '{' => {
                depth += 1;
                i += 1;
            }
            ']' | '}' => {
                depth -= 1;
                i += 1;
            }
            _ => i += 1,
        }
    }
    depth <= 0
}

/// A flow collection (`[a, {b: c}]`) being read.
struct Flow {
    chars: Vec<char>,
    i: usize,
    depth: usize,
}

impl Flow {
    fn skip_space(&mut self) {
        while self
            .chars
            .get(self.i)
            .is_some_and(|c| *c == ' ' || *c == '\t')
        {
            self.i += 1;
        }
    }

    fn expect_separator(&mut self, close: char) -> Result<bool, FnError> {
        self.skip_space();
        match self.chars.get(self.i) {
            Some(',') => {
                self.i += 1;
                Ok(false)
            }
            Some(&c) if c == close => {
                self.i += 1;
                Ok(true)
            }
            _ => Err(unsupported("this flow collection")),
        }
    }

    fn value(&mut self) -> FnResult {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(unsupported("nesting deeper than 200 levels"));
        }
        self.skip_space();
        let v = match self.chars.get(self.i) {
            Some('[') => {
                self.i += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_space();
                    if self.chars.get(self.i) == Some(&']') {
                        self.i += 1;
                        break;
                    }
                    let item = self.value()?;
                    self.skip_space();
                    if self.chars.get(self.i) == Some(&':') {
                        return Err(unsupported("single-pair mappings in flow sequences"));
                    }
                    items.push(item);
                    if self.expect_separator(']')? {
                        break;
                    }
                }
                Value::list(items)
            }
            Some('{') => {
                self.i += 1;
                let mut fields = Map::new();
                loop {
                    self.skip_space();
                    if self.chars.get(self.i) == Some(&'}') {
                        self.i += 1;
                        break;
                    }
                    let key = match self.value()? {
                        Value::Null => return Err(invalid("mapping key cannot be null")),
                        Value::Number(n) => format_number(n),
                        Value::String(s) => s.to_string(),
                        Value::Bool(b) => b.to_string(),
                        _ => return Err(unsupported("collections as mapping keys")),
                    };
                    self.skip_space();
                    let value = if self.chars.get(self.i) == Some(&':') {
                        self.i += 1;
                        self.skip_space();
                        if matches!(self.chars.get(self.i), Some(',' | '}')) {
                            Value::Null
                        } else {
                            self.value()?
                        }
                    } else {
                        Value::Null
                    };
                    fields.insert(key, value);
                    if self.expect_separator('}')? {
                        break;
                    }
                }
                Value::object(fields)
            }
            Some('"' | '\'') => {
                let (s, end) = quoted(&self.chars, self.i)?;
                self.i = end;
                Value::string(s)
            }
            Some('&' | '*' | '!') => return Err(unsupported("anchors, aliases and tags")),
            _ => {
                let start = self.i;
                while let Some(&c) = self.chars.get(self.i) {
                    let colon = c == ':'
                        && matches!(
                            self.chars.get(self.i + 1),
                            None | Some(' ' | ',' | ']' | '}')
                        );
                    if matches!(c, ',' | ']' | '}' | '[' | '{') || colon {
                        break;
                    }
                    self.i += 1;
                }
                let text: String = self.chars[start..self.i].iter().collect();
                resolve_plain(text.trim())?
            }
        };
        self.depth -= 1;
        Ok(v)
    }
}

/// Terraform's resolution of a plain (unquoted) scalar.
fn resolve_plain(s: &str) -> FnResult {
    Ok(match s {
        "" | "~" | "null" | "Null" | "NULL" => Value::Null,
        "y" | "Y" | "yes" | "Yes" | "YES" | "true" | "True" | "TRUE" | "on" | "On" | "ON" => {
            Value::Bool(true)
        }
        "n" | "N" | "no" | "No" | "NO" | "false" | "False" | "FALSE" | "off" | "Off" | "OFF" => {
            Value::Bool(false)
        }
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => Value::Number(f64::INFINITY),
        "-.inf" | "-.Inf" | "-.INF" => Value::Number(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return Err(invalid("floating point NaN is not supported")),
        _ => {
            let first = s.chars().next().unwrap_or(' ');
            if first.is_ascii_digit()
                && let Some(ts) = super::datetime::yaml_timestamp(s)
            {
                return Ok(Value::string(ts));
            }
            if (first.is_ascii_digit() || matches!(first, '+' | '-' | '.'))
                && let Some(n) = yaml_number(s)
            {
                return Ok(Value::Number(n));
            }
            Value::string(s)
        }
    })
}

/// YAML 1.2 core integers (decimal, `0o`, `0x`) and floats.
fn yaml_number(s: &str) -> Option<f64> {
    if let Some(oct) = s.strip_prefix("0o") {
        return u64::from_str_radix(oct, 8).ok().map(|n| n as f64);
    }
    if let Some(hex) = s.strip_prefix("0x") {
        return u64::from_str_radix(hex, 16).ok().map(|n| n as f64);
    }
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |t: &str| t.chars().all(|c| c.is_ascii_digit());
    let mantissa_ok = if mantissa.contains('.') {
        digits(int) && digits(frac) && !(int.is_empty() && frac.is_empty())
    } else {
        !int.is_empty() && digits(int)
    };
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    if !(mantissa_ok && exponent_ok) || (int.is_empty() && !mantissa.starts_with('.')) {
        return None;
    }
    let normalized = s.strip_prefix('+').unwrap_or(s);
    normalized.parse::<f64>().ok()
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{UNKNOWN, check};

    #[test]
    fn encode() {
        check(&[
            (
                "yamlencode({a = \"b\", c = \"d\"})",
                "\"\\\"a\\\": \\\"b\\\"\\n\\\"c\\\": \\\"d\\\"\\n\"",
            ),
            (
                "yamlencode({foo = [1, 2, 3], bar = \"baz\"})",
                "\"\\\"bar\\\": \\\"baz\\\"\\n\\\"foo\\\":\\n- 1\\n- 2\\n- 3\\n\"",
            ),
            (
                "yamlencode({foo = [1, {a = \"b\", c = \"d\"}, 3], bar = \"baz\"})",
                "\"\\\"bar\\\": \\\"baz\\\"\\n\\\"foo\\\":\\n- 1\\n- \\\"a\\\": \\\"b\\\"\\n  \\\"c\\\": \\\"d\\\"\\n- 3\\n\"",
            ),
            (
                "yamlencode({a = {b = [[1, 2]]}})",
                "\"\\\"a\\\":\\n  \\\"b\\\":\\n  - - 1\\n    - 2\\n\"",
            ),
            (
                "yamlencode({a = [], b = {}})",
                "\"\\\"a\\\": []\\n\\\"b\\\": {}\\n\"",
            ),
            ("yamlencode(true)", "\"true\\n...\\n\""),
            ("yamlencode(null)", "\"null\\n...\\n\""),
            ("yamlencode(\"true\")", "\"\\\"true\\\"\\n\""),
            ("yamlencode(2.5)", "\"2.5\\n...\\n\""),
            ("yamlencode([])", "\"[]\\n\""),
            (
                "yamlencode({a = \"x\\ny\"})",
                "\"\\\"a\\\": |-\\n  x\\n  y\\n\"",
            ),
            ("yamlencode({a = \"x\\n\"})", "\"\\\"a\\\": |\\n  x\\n\""),
            (
                "yamlencode({a = \"x\\n\\n\"})",
                "\"\\\"a\\\": |+\\n  x\\n\\n...\\n\"",
            ),
            ("yamlencode(\" x\\ny\")", "\"|2-\\n   x\\n  y\\n\""),
            ("yamlencode(\"x \\ny\")", "\"\\\"x \\\\ny\\\"\\n\""),
            (
                "yamlencode(\"tab\\there 🎉\")",
                "\"\\\"tab\\\\there \\\\U0001F389\\\"\\n\"",
            ),
            (
                "yamlencode({k = \"aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd eeeeeeeeee ffffffffff gggggggggg hhhhhhhhhh iiii\"})",
                "\"\\\"k\\\": \\\"aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd eeeeeeeeee ffffffffff gggggggggg\\n  hhhhhhhhhh iiii\\\"\\n\"",
            ),
            (
                "yamlencode({\"a\\nb\" = 1})",
                "\"? |-\\n  a\\n  b\\n: 1\\n\"",
            ),
            ("yamlencode(\"\\n\")", "\"|2+\\n\\n...\\n\""),
            ("yamlencode(\"a\\r\\nb\")", "\"\\\"a\\\\r\\\\nb\\\"\\n\""),
            ("yamlencode([timestamp()])", UNKNOWN),
        ]);
    }

    #[test]
    fn decode() {
        check(&[
            (
                "yamldecode(\"a: 1\\nb: [x, 'y', \\\"z\\\"]\\nc:\\n  d: true\\n\")",
                "{a = 1, b = [\"x\", \"y\", \"z\"], c = {d = true}}",
            ),
            (
                "yamldecode(\"- a\\n- b: 1\\n  c: 2\\n- - x\\n  - y\\n\")",
                "[\"a\", {b = 1, c = 2}, [\"x\", true]]",
            ),
            (
                "yamldecode(\"key:\\n- 1\\n- 2\\nother: ~\")",
                "{key = [1, 2], other = null}",
            ),
            (
                "yamldecode(\"---\\n# comment\\nname: web # trailing\\nurl: http://x#y\\n...\\n\")",
                "{name = \"web\", url = \"http://x#y\"}",
            ),
            (
                "yamldecode(\"a: yes\\nb: off\\nc: 0x1F\\nd: 0o17\\ne: 1e3\\nf: .5\\ng: 007\\nh: -.inf\\ni: 1.2.3\")",
                "{a = true, b = false, c = 31, d = 15, e = 1000, f = 0.5, g = 7, h = -inf, i = \"1.2.3\"}",
            ),
            (
                "yamldecode(\"a: '1'\\nb: \\\"x\\\\ty\\\"\\nc: 'it''s'\")",
                "{a = \"1\", b = \"x\\ty\", c = \"it's\"}",
            ),
            (
                "yamldecode(\"d: 2001-12-14\\nt: 2001-12-14t21:59:43.10+05:00\")",
                "{d = \"2001-12-14T00:00:00Z\", t = \"2001-12-14T21:59:43+05:00\"}",
            ),
            (
                "yamldecode(\"s: |\\n  line 1\\n   line 2\\n\\nnum: 1\")",
                "{num = 1, s = \"line 1\\n line 2\\n\"}",
            ),
            (
                "yamldecode(\"s: >-\\n  a\\n  b\\n\\n  c\\n\")",
                "{s = \"a b\\nc\"}",
            ),
            ("yamldecode(\"s: |+\\n  a\\n\\n\")", "{s = \"a\\n\\n\"}"),
            (
                "yamldecode(\"m: {a: 1, b: [x, z], c: }\\nl: [1,\\n  2]\")",
                "{l = [1, 2], m = {a = 1, b = [\"x\", \"z\"], c = null}}",
            ),
            (
                "yamldecode(\"1: a\\nn: b\\n\\\"x y\\\": c\")",
                "{1 = \"a\", false = \"b\", x y = \"c\"}",
            ),
            ("yamldecode(\"a: 1\\na: 2\")", "{a = 2}"),
            (
                "yamldecode(\"- name: a\\n  ports:\\n    - 80\\n- name: b\\n\")",
                "[{name = \"a\", ports = [80]}, {name = \"b\"}]",
            ),
            (
                "yamldecode(\"  indented: 1\\n  other: 2\")",
                "{indented = 1, other = 2}",
            ),
            (
                "yamldecode(\"- \\n- |\\n  block\\n- after\")",
                "[null, \"block\\n\", \"after\"]",
            ),
            ("yamldecode(\"a: b: c\")", "unsupported"),
            ("yamldecode(\"\")", "null"),
            ("yamldecode(\"---\")", "null"),
            ("yamldecode(\"~\")", "null"),
            ("yamldecode(\"hello world\")", "\"hello world\""),
            ("yamldecode(\"[]\")", "[]"),
            (
                "yamldecode(\"a: 1\\n---\\nb: 2\")",
                "error: only a single document",
            ),
            ("yamldecode(\"a: .nan\")", "error: NaN"),
            ("yamldecode(\"~: 1\")", "error: mapping key cannot be null"),
            ("yamldecode(\"a: &x 1\\nb: *x\")", "unsupported"),
            ("yamldecode(\"a: !!str 1\")", "unsupported"),
            ("yamldecode(\"a: long\\n  text\")", "unsupported"),
            ("yamldecode(\"<<: {a: 1}\")", "unsupported"),
            ("yamldecode(\"a: [1, 2\")", "unsupported"),
            ("yamldecode(timestamp())", UNKNOWN),
        ]);
    }
}
