//! Where a large native-syntax file can be cut into pieces that parse on their own: after a
//! line that ends a top-level item (an attribute or a block), outside every bracket, string,
//! heredoc and comment.
//!
//! The scan only proposes cuts. A cut it gets wrong leaves a construct open at the end of its
//! piece (an unclosed bracket, string, heredoc or comment), which fails to parse, and the
//! caller then parses the whole file as one, so a wrong cut costs time, never a different
//! result.

/// Offsets where pieces start, the first 0, each piece at least `piece` bytes long but the
/// last. Just `[0]` when the text is shorter than two pieces or the scan meets something it
/// does not follow (an unterminated string, heredoc or comment: the parser reports those).
pub(crate) fn cuts(src: &str, piece: usize) -> Vec<usize> {
    let b = src.as_bytes();
    let mut cuts = vec![0];
    if b.len() < 2 * piece {
        return cuts;
    }
    let mut next = piece;
    let mut depth: usize = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'{' | b'[' | b'(' => depth += 1,
            b'}' | b']' | b')' => depth = depth.saturating_sub(1),
            b'\n' if depth == 0 && i + 1 >= next && b.len() - (i + 1) >= piece / 2 => {
                cuts.push(i + 1);
                next = i + 1 + piece;
            }
            _ => match skip(b, i) {
                Some(end) => i = end,
                None => return vec![0],
            },
        }
        i += 1;
    }
    cuts
}

/// Skips a comment, string or heredoc starting at `i`: the index of its last byte (of the
/// `<<` when that opens no heredoc), or `i` when none starts there. `None` when it never
/// ends (or is an empty heredoc, whose end depends on the rest of the file).
pub(crate) fn skip(b: &[u8], i: usize) -> Option<usize> {
    match b[i] {
        b'#' => Some(line_end(b, i)),
        b'/' if b.get(i + 1) == Some(&b'/') => Some(line_end(b, i)),
        b'/' if b.get(i + 1) == Some(&b'*') => find(b, i + 2, b"*/").map(|end| end + 1),
        b'"' => string_end(b, i),
        b'<' if b.get(i + 1) == Some(&b'<') => Some(heredoc_end(b, i)?.unwrap_or(i + 1)),
        _ => Some(i),
    }
}

/// The `{` of the innermost bracket open at `at` (comments, strings and heredocs skipped),
/// if that bracket is a brace; `None` when none is open or it is `[` or `(`.
pub(crate) fn enclosing_brace(b: &[u8], at: usize) -> Option<usize> {
    let mut open: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < at.min(b.len()) {
        match b[i] {
            b'{' | b'[' | b'(' => open.push(i),
            b'}' | b']' | b')' => {
                open.pop();
            }
            _ => i = skip(b, i)?,
        }
        i += 1;
    }
    open.pop().filter(|&o| b[o] == b'{')
}

/// The index of the newline ending the line at `i` (or the last byte): a comment runs to it.
fn line_end(b: &[u8], i: usize) -> usize {
    find(b, i, b"\n").map_or(b.len(), |n| n.saturating_sub(1))
}

fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(b.get(from..)?, needle).map(|at| from + at)
}

/// The index of the quote closing the string that opens at `start`; template sequences
/// (`${...}`, `%{...}`) may hold braces and strings of their own. `None` when the string
/// does not close on its line.
///
/// Nested strings and sequences are followed with a stack of their own, not by recursion:
/// a file may nest them tens of thousands deep (35,000 `"${` fit in 175 KB), and the scan
/// runs before the parser's own nesting limit can refuse the file.
pub(crate) fn string_end(b: &[u8], start: usize) -> Option<usize> {
    /// What is open, innermost last.
    enum Open {
        String,
        /// A template sequence, with the braces open inside it.
        Sequence(usize),
    }
    let mut open = vec![Open::String];
    let mut i = start + 1;
    while i < b.len() {
        match open.last_mut()? {
            Open::String => match b[i] {
                b'\\' => i += 1,
                b'"' => {
                    open.pop();
                    if open.is_empty() {
                        return Some(i);
                    }
                }
                b'\n' => return None,
                b'$' | b'%' if b.get(i + 1) == Some(&b[i]) && b.get(i + 2) == Some(&b'{') => {
                    i += 2;
                }
                b'$' | b'%' if b.get(i + 1) == Some(&b'{') => {
                    i += 1;
                    open.push(Open::Sequence(0));
                }
                _ => {}
            },
            Open::Sequence(depth) => match b[i] {
                b'"' => open.push(Open::String),
                b'{' => *depth += 1,
                b'}' if *depth == 0 => {
                    open.pop();
                }
                b'}' => *depth -= 1,
                _ => {}
            },
        }
        i += 1;
    }
    None
}

/// For `<<` at `start`: `Some(Some(i))` with the index of the last byte of the heredoc's
/// closing line, `Some(None)` when this is not a heredoc opener, `None` when the heredoc
/// never closes or is empty. hcl-edit closes an empty heredoc (the marker on the very next
/// line) at a later line holding the marker if there is one, so where it ends depends on
/// the rest of the file: no cut is made in such a file.
fn heredoc_end(b: &[u8], start: usize) -> Option<Option<usize>> {
    let mut i = start + 2;
    if b.get(i) == Some(&b'-') {
        i += 1;
    }
    let name_start = i;
    while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'-') {
        i += 1;
    }
    if i == name_start || !b[name_start].is_ascii_alphabetic() && b[name_start] != b'_' {
        return Some(None);
    }
    let name = &b[name_start..i];
    if b.get(i) == Some(&b'\r') {
        i += 1;
    }
    if b.get(i) != Some(&b'\n') {
        return Some(None);
    }
    // Each following line: the heredoc closes on a line holding only its name (indented or
    // not).
    let mut line = i + 1;
    let mut first = true;
    while line < b.len() {
        let end = find(b, line, b"\n").unwrap_or(b.len());
        let text = &b[line..end];
        let text = text.strip_suffix(b"\r").unwrap_or(text);
        let trimmed = text
            .iter()
            .position(|c| *c != b' ' && *c != b'\t')
            .map_or(&text[text.len()..], |p| &text[p..]);
        if trimmed == name {
            return if first {
                None
            } else {
                Some(Some(end.saturating_sub(1)))
            };
        }
        first = false;
        line = end + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(src: &str, piece: usize) -> Vec<&str> {
        let cuts = cuts(src, piece);
        let ends = cuts.iter().skip(1).copied().chain([src.len()]);
        cuts.iter().zip(ends).map(|(&a, e)| &src[a..e]).collect()
    }

    #[test]
    fn cuts_fall_between_top_level_items_only() {
        let block = "resource \"a\" \"b\" {\n  x = \"}\\\"{\"\n  y = [\n    1,\n  ]\n}\n";
        let src = block.repeat(8);
        let got = pieces(&src, block.len() + 1);
        assert!(got.len() > 1, "{got:?}");
        for piece in &got {
            assert!(piece.starts_with("resource"), "{piece:?}");
            assert!(piece.ends_with("}\n"), "{piece:?}");
        }
        assert_eq!(got.concat(), src);
    }

    #[test]
    fn strings_templates_heredocs_and_comments_hide_their_brackets_and_newlines() {
        let item = concat!(
            "a = \"${jsonencode({ k = \"}\" })}\"\n",
            "b = <<-EOT\n  {\n  not code: }\n  EOT\n",
            "/* {\n */\n",
            "# {\n",
            "// (\n",
            "c = \"$${ %%{ \"\n",
        );
        let src = item.repeat(6);
        let got = pieces(&src, item.len());
        assert!(got.len() > 1, "{got:?}");
        for piece in &got {
            assert!(piece.starts_with("a = "), "{piece:?}");
        }
        assert_eq!(got.concat(), src);
    }

    #[test]
    fn strings_nested_deeper_than_any_stack_are_followed() {
        let n = 200_000;
        let closed = format!("{}1{}", "\"${".repeat(n), "}\"".repeat(n));
        assert_eq!(string_end(closed.as_bytes(), 0), Some(closed.len() - 1));
        let open = "\"${".repeat(n);
        assert_eq!(string_end(open.as_bytes(), 0), None);
        let cases = [
            ("\"a\"", Some(2)),
            ("\"${x}\"", Some(5)),
            ("\"${ {a = \"}\"} }\" x", Some(15)),
            ("\"$${\" x", Some(4)),
            ("\"%{ if a }b%{ endif }\"", Some(21)),
            ("\"a\nb\"", None),
            ("\"\\\"\"", Some(3)),
        ];
        for (text, end) in cases {
            assert_eq!(string_end(text.as_bytes(), 0), end, "{text:?}");
        }
    }

    #[test]
    fn no_cut_in_short_text_or_after_something_unterminated() {
        assert_eq!(cuts("a = 1\nb = 2\n", 4), vec![0, 6]);
        assert_eq!(cuts("a = 1\n", 100), vec![0]);
        let open = format!(
            "{}b = \"never closed\n{}",
            "a = 1\n".repeat(20),
            "c = 1\n".repeat(20)
        );
        assert_eq!(cuts(&open, 10), vec![0]);
        let heredoc = format!("a = <<EOT\n{}", "x\n".repeat(50));
        assert_eq!(cuts(&heredoc, 10), vec![0]);
        let comment = format!("/* {}", "x\n".repeat(50));
        assert_eq!(cuts(&comment, 10), vec![0]);
        // An empty heredoc: hcl-edit may close it at a later marker line, in another piece.
        let empty = format!(
            "{}a = <<EOF\nEOF\n{}b = <<EOF\nx\nEOF\n",
            "x = 1\n".repeat(20),
            "y = 1\n".repeat(20)
        );
        assert_eq!(cuts(&empty, 10), vec![0]);
    }
}
