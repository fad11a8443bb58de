//! Text edits: rendering new arguments and blocks in the style of `terraform fmt`, placing
//! them inside an existing block, and applying a set of edits to a file deterministically.

use crate::base::span::Span;
use crate::finding::fix::Edit;

/// Arguments and nested blocks to write. An argument with an empty name is a blank line.
#[derive(Clone, Debug, Default)]
pub struct Tree {
    pub attrs: Vec<(String, String)>,
    pub blocks: Vec<(String, Tree)>,
}

impl Tree {
    /// Adds `a.b.arg = value`, creating blocks `a` and `b` (once).
    pub fn add(&mut self, path: &str, value: &str) {
        match path.split_once('.') {
            None => self.attrs.push((path.to_string(), value.to_string())),
            Some((block, rest)) => {
                let block = block.split('[').next().unwrap_or(block);
                match self.blocks.iter_mut().find(|(k, _)| k == block) {
                    Some((_, t)) => t.add(rest, value),
                    None => {
                        let mut t = Tree::default();
                        t.add(rest, value);
                        self.blocks.push((block.to_string(), t));
                    }
                }
            }
        }
    }

    /// Lines at `indent`, one level being `unit`; equals signs of adjacent arguments aligned
    /// as `terraform fmt` aligns them; a blank line between arguments and blocks.
    pub fn render(&self, indent: &str, unit: &str) -> String {
        self.render_aligned(indent, unit, 0)
    }

    /// As [`Tree::render`], with the names of the first run of arguments padded to at least
    /// `first_width`: the run continues arguments already written above it.
    pub fn render_aligned(&self, indent: &str, unit: &str, first_width: usize) -> String {
        let mut out = String::new();
        let mut run: Vec<&(String, String)> = Vec::new();
        let mut min_width = first_width;
        let mut flush = |run: &mut Vec<&(String, String)>, out: &mut String| {
            let width = run
                .iter()
                .map(|(k, _)| k.chars().count())
                .max()
                .unwrap_or(0)
                .max(min_width);
            min_width = 0;
            for (k, v) in run.drain(..) {
                let pad = width - k.chars().count();
                out.push_str(&format!("{indent}{k}{} = {v}\n", " ".repeat(pad)));
            }
        };
        for attr in &self.attrs {
            if attr.0.is_empty() {
                flush(&mut run, &mut out);
                out.push('\n');
            } else {
                run.push(attr);
            }
        }
        flush(&mut run, &mut out);
        let ends_blank = self.attrs.last().is_some_and(|(k, _)| k.is_empty());
        for (i, (kind, tree)) in self.blocks.iter().enumerate() {
            if i > 0 || (!self.attrs.is_empty() && !ends_blank) {
                out.push('\n');
            }
            let deeper = format!("{indent}{unit}");
            out.push_str(&format!(
                "{indent}{kind} {{\n{}{indent}}}\n",
                tree.render(&deeper, unit)
            ));
        }
        out
    }

    /// The name width of the first run of arguments (0 when the tree starts with a blank
    /// line or has no arguments).
    fn first_run_width(&self) -> usize {
        self.attrs
            .iter()
            .take_while(|(k, _)| !k.is_empty())
            .map(|(k, _)| k.chars().count())
            .max()
            .unwrap_or(0)
    }
}

/// An argument written on one line, as `terraform fmt` aligns it with its neighbours: the
/// length of its name.
struct OneLine {
    name_len: usize,
}

/// The one-line arguments written at `indent` directly above the line that starts at
/// `line_start`, nearest first: `terraform fmt` aligns their equals signs with an argument
/// inserted there. A blank line, a comment line, a block, or an argument whose value goes on
/// over several lines ends the run.
fn run_above(text: &str, line_start: usize, indent: &str) -> Vec<OneLine> {
    let mut out = Vec::new();
    let mut end = line_start;
    while end > 0 {
        let start = text[..end - 1].rfind('\n').map_or(0, |i| i + 1);
        let line = &text[start..end - 1];
        let Some(argument) = one_line_argument(line, indent) else {
            break;
        };
        out.push(OneLine {
            name_len: argument.0,
        });
        end = start;
    }
    out
}

/// For `<indent>name<gap>= value` whose value is complete on the line: the name's length
/// and the gap's offsets in the line.
fn one_line_argument(line: &str, indent: &str) -> Option<(usize, usize, usize)> {
    let rest = line.strip_prefix(indent)?;
    let first = rest.chars().next()?;
    if !(first.is_ascii_alphabetic() || first == '_') {
        return None;
    }
    let name_len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(rest.len());
    let after = &rest[name_len..];
    let gap_len = after.len() - after.trim_start_matches([' ', '\t']).len();
    let value = after[gap_len..].strip_prefix('=')?;
    if value.starts_with('=') || !complete_on_line(value) {
        return None;
    }
    let gap_start = indent.len() + name_len;
    Some((name_len, gap_start, gap_start + gap_len))
}

/// True when a value opens no bracket, string or heredoc that goes on to the next line.
fn complete_on_line(value: &str) -> bool {
    let mut depth = 0i32;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            _ if in_string => {}
            '#' => break,
            '/' if chars.peek() == Some(&'/') => break,
            '<' if chars.peek() == Some(&'<') => return false,
            '{' | '[' | '(' => depth += 1,
            '}' | ']' | ')' => depth -= 1,
            _ => {}
        }
    }
    depth == 0 && !in_string
}

/// Where and what to insert so that `tree` ends up inside the block written at `span`:
/// before its closing brace, indented one level deeper than the block. A one-line block
/// (`x {}` or `x { a = 1 }`) is opened up onto several lines. The insertion comes first;
/// [`apply`] re-pads the arguments around it, whose equals signs `terraform fmt` aligns
/// with the new ones.
pub fn insert_into_block(text: &str, span: Span, tree: &Tree) -> Option<Vec<(Span, String)>> {
    let start = span.start as usize;
    let end = span.end as usize;
    let block = text.get(start..end)?;
    if !block.ends_with('}') {
        return None;
    }
    let open = start + first_open_brace(block)?;
    let close = end - 1;
    let block_indent = indentation_of_line(text, start);
    let inner = &text[open + 1..close];
    if !inner.contains('\n') {
        let unit = "  ";
        let content_indent = format!("{block_indent}{unit}");
        let mut new = String::from("\n");
        let existing = inner.trim();
        if !existing.is_empty() {
            new.push_str(&format!("{content_indent}{existing}\n"));
        }
        new.push_str(&tree.render(&content_indent, unit));
        new.push_str(&block_indent);
        new.push('}');
        return Some(vec![(Span::new(open + 1..close + 1), new)]);
    }
    let unit = indent_unit(inner, &block_indent);
    let content_indent = format!("{block_indent}{unit}");
    let line_start = text[..close].rfind('\n').map_or(0, |i| i + 1);
    let before = &text[open + 1..line_start];
    let after_block = before.trim_end().ends_with('}');
    let separator = if ends_with_blank_or_open(before) {
        ""
    } else if !tree.blocks.is_empty() || after_block {
        "\n"
    } else {
        ""
    };

    if text[line_start..close].trim().is_empty() {
        // The new arguments join the one-line arguments right above them, if any.
        let run = if separator.is_empty() && tree.first_run_width() > 0 {
            run_above(text, line_start, &content_indent)
        } else {
            Vec::new()
        };
        let width = run
            .iter()
            .map(|a| a.name_len)
            .chain([tree.first_run_width()])
            .max()
            .unwrap_or(0);
        let rendered = tree.render_aligned(&content_indent, &unit, width);
        Some(vec![(
            Span::new(line_start..line_start),
            format!("{separator}{rendered}"),
        )])
    } else {
        // `  a = 1 }`: the brace shares a line with content.
        let rendered = tree.render(&content_indent, &unit);
        Some(vec![(
            Span::new(close..close),
            format!("\n{separator}{rendered}{block_indent}"),
        )])
    }
}

/// True when the body so far is empty or ends with a blank line.
fn ends_with_blank_or_open(body: &str) -> bool {
    body.trim().is_empty()
        || body.ends_with("\n\n")
        || body.trim_end_matches([' ', '\t']).ends_with("\n\n")
}

/// The byte offset of the block's opening brace: the first `{` outside a quoted label.
fn first_open_brace(block: &str) -> Option<usize> {
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in block.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            '{' if !in_string => return Some(i),
            _ => {}
        }
    }
    None
}

/// The whitespace that starts the line `offset` is on (empty when something else precedes
/// `offset` on its line other than whitespace).
pub fn indentation_of_line(text: &str, offset: usize) -> String {
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let before = &text[line_start..offset];
    if before.chars().all(|c| c == ' ' || c == '\t') {
        before.to_string()
    } else {
        before
            .chars()
            .take_while(|c| *c == ' ' || *c == '\t')
            .collect()
    }
}

/// The indentation one level adds inside a block: learnt from the first content line, else
/// two spaces (`terraform fmt`'s).
fn indent_unit(inner: &str, block_indent: &str) -> String {
    for line in inner.lines().skip(1) {
        if line.trim().is_empty() || line.trim_start().starts_with('}') {
            continue;
        }
        let indent: String = line
            .chars()
            .take_while(|c| *c == ' ' || *c == '\t')
            .collect();
        if let Some(unit) = indent.strip_prefix(block_indent)
            && !unit.is_empty()
        {
            return unit.to_string();
        }
        break;
    }
    "  ".to_string()
}

/// Applies edits to one file's text. Identical edits count once; an edit that overlaps one
/// already taken, or inserts the same thing at the same place differently, is left for a
/// later pass. Returns the new text and the indices of the edits applied.
pub fn apply(text: &str, edits: &[&Edit]) -> (String, Vec<usize>) {
    let mut order: Vec<usize> = (0..edits.len()).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (edits[a], edits[b]);
        (x.span.start, x.span.end, a).cmp(&(y.span.start, y.span.end, b))
    });
    let mut taken: Vec<usize> = Vec::new();
    for i in order {
        let e = edits[i];
        if e.span.end as usize > text.len()
            || e.span.start > e.span.end
            || !text.is_char_boundary(e.span.start as usize)
            || !text.is_char_boundary(e.span.end as usize)
        {
            continue;
        }
        let duplicate = taken.iter().any(|&t| {
            let o = edits[t];
            o.span == e.span && o.text == e.text
        });
        if duplicate {
            taken.push(i);
            continue;
        }
        let conflict = taken.iter().any(|&t| {
            let o = edits[t];
            let overlap = e.span.start < o.span.end && o.span.start < e.span.end;
            let inside_replacement = o.span.start < e.span.start && e.span.start < o.span.end;
            let same_point = o.span == e.span && (o.key == e.key || o.span.start != o.span.end);
            overlap || inside_replacement || same_point
        });
        if !conflict {
            taken.push(i);
        }
    }
    // Write in order, skipping duplicates (same span and text as an earlier taken edit).
    let mut out = String::with_capacity(text.len() + 256);
    let mut cursor = 0usize;
    let mut written: Vec<&Edit> = Vec::new();
    let mut applied = Vec::new();
    let mut inserted = Vec::new();
    let mut sorted = taken.clone();
    sorted.sort_by(|&a, &b| {
        let (x, y) = (edits[a], edits[b]);
        (x.span.start, x.span.end, a).cmp(&(y.span.start, y.span.end, b))
    });
    for i in sorted {
        let e = edits[i];
        applied.push(i);
        if written.iter().any(|w| w.span == e.span && w.text == e.text) {
            continue;
        }
        out.push_str(&text[cursor..e.span.start as usize]);
        if e.span.start == e.span.end {
            inserted.push(out.len()..out.len() + e.text.len());
        }
        out.push_str(&e.text);
        cursor = e.span.end as usize;
        written.push(e);
    }
    out.push_str(&text[cursor..]);
    applied.sort_unstable();
    (realign(&out, &inserted), applied)
}

/// Re-pads the equals signs of every run of one-line arguments that an inserted line joined,
/// as `terraform fmt` aligns them: several insertions into one block, in one pass or over
/// several, end up aligned with each other and with the arguments around them.
fn realign(text: &str, inserted: &[std::ops::Range<usize>]) -> String {
    // Line starts of the text.
    let starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .filter(|&i| i < text.len())
        .collect();
    let line = |n: usize| {
        let start = starts[n];
        let end = starts.get(n + 1).map_or(text.len(), |&e| e - 1);
        &text[start..end]
    };
    let indent_of =
        |l: &str| -> String { l.chars().take_while(|c| *c == ' ' || *c == '\t').collect() };
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for range in inserted {
        let first = starts
            .partition_point(|&s| s <= range.start)
            .saturating_sub(1);
        let last = starts.partition_point(|&s| s < range.end).saturating_sub(1);
        for n in first..=last {
            if runs.iter().any(|&(a, b)| a <= n && n <= b) {
                continue;
            }
            let indent = indent_of(line(n));
            if one_line_argument(line(n), &indent).is_none() {
                continue;
            }
            let (mut a, mut b) = (n, n);
            while a > 0 && one_line_argument(line(a - 1), &indent).is_some() {
                a -= 1;
            }
            while b + 1 < starts.len() && one_line_argument(line(b + 1), &indent).is_some() {
                b += 1;
            }
            runs.push((a, b));
        }
    }
    let mut gaps: Vec<(Span, String)> = Vec::new();
    for (a, b) in runs {
        let parsed: Vec<(usize, usize, usize, usize)> = (a..=b)
            .filter_map(|n| {
                let l = line(n);
                one_line_argument(l, &indent_of(l)).map(|(len, gs, ge)| (starts[n], len, gs, ge))
            })
            .collect();
        let width = parsed.iter().map(|p| p.1).max().unwrap_or(0);
        for (start, len, gs, ge) in parsed {
            let gap = " ".repeat(width - len + 1);
            if text[start + gs..start + ge] != gap {
                gaps.push((Span::new(start + gs..start + ge), gap));
            }
        }
    }
    if gaps.is_empty() {
        return text.to_string();
    }
    gaps.sort_by_key(|(span, _)| span.start);
    let mut out = String::with_capacity(text.len() + 64);
    let mut cursor = 0;
    for (span, gap) in gaps {
        out.push_str(&text[cursor..span.start as usize]);
        out.push_str(&gap);
        cursor = span.end as usize;
    }
    out.push_str(&text[cursor..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::span::FileId;

    fn tree(settings: &[(&str, &str)]) -> Tree {
        let mut t = Tree::default();
        for (p, v) in settings {
            t.add(p, v);
        }
        t
    }

    fn insert(text: &str, needle: &str, settings: &[(&str, &str)]) -> String {
        let start = text.find(needle).expect("block present");
        let end = start
            + text[start..]
                .find("\n}")
                .map_or(text.len() - start, |i| i + 2);
        let placed =
            insert_into_block(text, Span::new(start..end), &tree(settings)).expect("placed");
        let edits: Vec<Edit> = placed
            .into_iter()
            .map(|(span, new)| Edit {
                file: FileId(0),
                span,
                text: new,
                key: String::new(),
            })
            .collect();
        apply(text, &edits.iter().collect::<Vec<_>>()).0
    }

    #[test]
    fn new_arguments_align_with_the_one_line_arguments_above_them() {
        // As `terraform fmt` writes them: the run above is re-padded to the longer new name,
        // a shorter new name is padded to the run; a comment line or a multi-line value
        // ends the run.
        let text = "resource \"a\" \"b\" {\n  name = \"x\"\n  kms  = \"k\" # key\n}\n";
        assert_eq!(
            insert(text, "resource", &[("enabled", "true")]),
            "resource \"a\" \"b\" {\n  name    = \"x\"\n  kms     = \"k\" # key\n  enabled = true\n}\n"
        );
        let text = "resource \"a\" \"b\" {\n  description = \"x\"\n}\n";
        assert_eq!(
            insert(text, "resource", &[("on", "true")]),
            "resource \"a\" \"b\" {\n  description = \"x\"\n  on          = true\n}\n"
        );
        let text = "resource \"a\" \"b\" {\n  description = \"x\"\n  # note\n  tags = {\n    a = 1\n  }\n  id = 1\n}\n";
        assert_eq!(
            insert(text, "resource", &[("enabled", "true")]),
            "resource \"a\" \"b\" {\n  description = \"x\"\n  # note\n  tags = {\n    a = 1\n  }\n  id      = 1\n  enabled = true\n}\n"
        );
    }

    #[test]
    fn an_argument_goes_before_the_closing_brace() {
        let text = "resource \"a\" \"b\" {\n  name = \"x\"\n}\n";
        assert_eq!(
            insert(text, "resource", &[("enabled", "true")]),
            "resource \"a\" \"b\" {\n  name    = \"x\"\n  enabled = true\n}\n"
        );
    }

    #[test]
    fn several_insertions_into_one_block_align_with_each_other() {
        // Two fixes insert into the same block in one pass: each was placed without knowing
        // the other, and the result is aligned as a whole.
        let text = "resource \"a\" \"b\" {\n  hard = false\n}\n";
        let block = Span::new(0..text.len() - 1);
        let edits: Vec<Edit> = [("minimum_length", "14"), ("reuse", "24")]
            .iter()
            .map(|(k, v)| {
                let (span, new) = insert_into_block(text, block, &tree(&[(k, v)]))
                    .expect("placed")
                    .remove(0);
                Edit {
                    file: FileId(0),
                    span,
                    text: new,
                    key: format!("insert.{k}"),
                }
            })
            .collect();
        assert_eq!(
            apply(text, &edits.iter().collect::<Vec<_>>()).0,
            "resource \"a\" \"b\" {\n  hard           = false\n  minimum_length = 14\n  reuse          = 24\n}\n"
        );
    }

    #[test]
    fn missing_blocks_are_created_with_a_blank_line_before_them() {
        let text = "resource \"a\" \"b\" {\n    name = \"x\"\n}\n";
        assert_eq!(
            insert(
                text,
                "resource",
                &[("outer.inner.on", "true"), ("outer.inner.mode", "\"x\"")]
            ),
            "resource \"a\" \"b\" {\n    name = \"x\"\n\n    outer {\n        inner {\n            on   = true\n            mode = \"x\"\n        }\n    }\n}\n"
        );
    }

    #[test]
    fn a_one_line_block_is_opened_up() {
        let text = "resource \"a\" \"b\" {}\n";
        let (span, new) =
            insert_into_block(text, Span::new(0..text.len() - 1), &tree(&[("on", "true")]))
                .expect("placed")
                .remove(0);
        let edit = Edit {
            file: FileId(0),
            span,
            text: new,
            key: String::new(),
        };
        assert_eq!(
            apply(text, &[&edit]).0,
            "resource \"a\" \"b\" {\n  on = true\n}\n"
        );
    }

    #[test]
    fn overlapping_edits_keep_the_first_and_identical_ones_count_once() {
        let e = |start: usize, end: usize, text: &str, key: &str| Edit {
            file: FileId(0),
            span: Span::new(start..end),
            text: text.into(),
            key: key.into(),
        };
        let a = e(0, 3, "xyz", "k");
        let b = e(1, 2, "q", "k");
        let c = e(0, 3, "xyz", "k");
        let d = e(5, 5, "!", "one");
        let f = e(5, 5, "?", "two");
        let g = e(5, 5, "#", "two");
        let (out, applied) = apply("abcdefg", &[&a, &b, &c, &d, &f, &g]);
        assert_eq!(out, "xyzde!?fg");
        assert_eq!(applied, [0, 2, 3, 4]);
    }
}
