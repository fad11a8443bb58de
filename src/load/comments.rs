//! Finds every comment in native-syntax source, so suppression comments are read from real
//! comment tokens and never from inside strings or heredocs.
//!
//! A small state machine over the bytes: it tracks quoted strings (with escapes and
//! `${ ... }` interpolations that nest their own strings and braces), heredocs up to their
//! closing marker line, and the three comment forms. Unterminated constructs end the scan.

use super::syntax::Span;

/// The three comment forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommentKind {
    /// `# ...`
    Hash,
    /// `// ...`
    Slash,
    /// `/* ... */`
    Block,
}

/// One comment: its span (markers included, line ending excluded) and kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comment {
    pub span: Span,
    pub kind: CommentKind,
}

impl Comment {
    /// The comment text without its markers.
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        let raw = src.get(self.span.range()).unwrap_or("");
        match self.kind {
            CommentKind::Hash => raw.strip_prefix('#').unwrap_or(raw),
            CommentKind::Slash => raw.strip_prefix("//").unwrap_or(raw),
            CommentKind::Block => {
                let inner = raw.strip_prefix("/*").unwrap_or(raw);
                inner.strip_suffix("*/").unwrap_or(inner)
            }
        }
    }
}

/// What the lexer is inside of.
enum Frame {
    /// Plain expression context; `depth` counts braces opened inside an interpolation so its
    /// closing `}` can be recognised.
    Code { depth: usize },
    /// A quoted string.
    Str,
    /// A heredoc body whose closing line is `marker`.
    Heredoc { marker: String },
}

/// Lexes all comments of a file.
pub fn lex_comments(src: &str) -> Vec<Comment> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut stack: Vec<Frame> = vec![Frame::Code { depth: 0 }];
    let mut i = 0;
    while i < b.len() {
        let Some(frame) = stack.last_mut() else { break };
        match frame {
            Frame::Code { depth } => match b[i] {
                b'#' => i = push_line_comment(b, i, 1, CommentKind::Hash, &mut out),
                b'/' if b.get(i + 1) == Some(&b'/') => {
                    i = push_line_comment(b, i, 2, CommentKind::Slash, &mut out)
                }
                b'/' if b.get(i + 1) == Some(&b'*') => {
                    let end = find(b, i + 2, b"*/").map_or(b.len(), |e| e + 2);
                    out.push(Comment {
                        span: Span::new(i..end),
                        kind: CommentKind::Block,
                    });
                    i = end;
                }
                b'"' => {
                    stack.push(Frame::Str);
                    i += 1;
                }
                b'<' if b.get(i + 1) == Some(&b'<') => match heredoc_start(src, i) {
                    Some((marker, body_start)) => {
                        stack.push(Frame::Heredoc { marker });
                        i = body_start;
                    }
                    None => i += 2,
                },
                b'{' => {
                    *depth += 1;
                    i += 1;
                }
                b'}' => {
                    if *depth == 0 && stack.len() > 1 {
                        // The end of an interpolation: back to the string or heredoc.
                        stack.pop();
                    } else if let Some(Frame::Code { depth }) = stack.last_mut() {
                        *depth = depth.saturating_sub(1);
                    }
                    i += 1;
                }
                _ => i += 1,
            },
            Frame::Str => match b[i] {
                b'\\' => i += 2,
                b'"' => {
                    stack.pop();
                    i += 1;
                }
                b'\n' => {
                    // Strings cannot span lines; recover at the line end.
                    stack.pop();
                    i += 1;
                }
                b'$' | b'%' if b.get(i + 1) == Some(&b'{') => {
                    stack.push(Frame::Code { depth: 0 });
                    i += 2;
                }
                b'$' | b'%' if b.get(i + 1) == Some(&b[i]) && b.get(i + 2) == Some(&b'{') => i += 3,
                _ => i += 1,
            },
            Frame::Heredoc { marker } => {
                // At the start of a line: is it the closing marker?
                let line_end = find(b, i, b"\n").unwrap_or(b.len());
                let line = src.get(i..line_end).unwrap_or("").trim_end_matches('\r');
                if line.trim() == marker.as_str() {
                    stack.pop();
                    i = line_end;
                    continue;
                }
                // Scan the line for interpolations.
                let mut j = i;
                let mut entered = false;
                while j < line_end {
                    match b[j] {
                        b'$' | b'%'
                            if b.get(j + 1) == Some(&b[j]) && b.get(j + 2) == Some(&b'{') =>
                        {
                            j += 3
                        }
                        b'$' | b'%' if b.get(j + 1) == Some(&b'{') => {
                            stack.push(Frame::Code { depth: 0 });
                            j += 2;
                            entered = true;
                            break;
                        }
                        _ => j += 1,
                    }
                }
                i = if entered {
                    j
                } else {
                    (line_end + 1).min(b.len().max(line_end))
                };
                if !entered && line_end >= b.len() {
                    break;
                }
            }
        }
    }
    out
}

fn push_line_comment(
    b: &[u8],
    start: usize,
    marker: usize,
    kind: CommentKind,
    out: &mut Vec<Comment>,
) -> usize {
    let mut end = find(b, start + marker, b"\n").unwrap_or(b.len());
    if end > start && b.get(end - 1) == Some(&b'\r') {
        end -= 1;
    }
    out.push(Comment {
        span: Span::new(start..end),
        kind,
    });
    end
}

fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// `<<EOT` or `<<-EOT` at `i`: the marker and where the body starts (after the line end).
fn heredoc_start(src: &str, i: usize) -> Option<(String, usize)> {
    let rest = src.get(i + 2..)?;
    let rest = rest.strip_prefix('-').unwrap_or(rest);
    let ident_len = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(rest.len());
    if ident_len == 0 {
        return None;
    }
    let marker = rest[..ident_len].to_string();
    let after = &rest[ident_len..];
    let nl = after.find('\n')?;
    if !after[..nl].trim().is_empty() {
        return None;
    }
    let body_start = src.len() - after.len() + nl + 1;
    Some((marker, body_start))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(src: &str) -> Vec<String> {
        lex_comments(src)
            .iter()
            .map(|c| c.text(src).to_string())
            .collect()
    }

    #[test]
    fn finds_comments_and_skips_strings() {
        let cases: &[(&str, &[&str])] = &[
            ("# a\nx = 1 // b\n/* c */", &[" a", " b", " c "]),
            ("x = \"a # not\" # yes", &[" yes"]),
            ("x = \"\\\" # not\" # yes", &[" yes"]),
            ("x = \"${lookup(m, \"#k\", \"}\")}\" # yes", &[" yes"]),
            ("x = \"${ {a = \"#\"} }\" # yes", &[" yes"]),
            ("x = \"$${# not}\" # yes", &[" yes"]),
            (
                "x = <<EOT\n# not a comment\n${v} # nor this\nEOT\n# yes",
                &[" yes"],
            ),
            ("x = <<-EOT\n  # not\n  EOT\n// yes", &[" yes"]),
            ("x = \"${ # inside\n v }\"", &[" inside"]),
            ("a = 1 # crlf\r\nb = 2", &[" crlf"]),
            ("x = \"%{ if true }#%{ endif }\" # yes", &[" yes"]),
            ("/* unterminated", &[" unterminated"]),
            ("x = \"unterminated # not", &[]),
            ("x = a / b # yes", &[" yes"]),
        ];
        for (src, expected) in cases {
            assert_eq!(texts(src), *expected, "{src:?}");
        }
    }

    #[test]
    fn spans_exclude_line_endings() {
        let src = "a = 1 # c\r\n";
        let c = &lex_comments(src)[0];
        assert_eq!(&src[c.span.range()], "# c");
    }

    #[test]
    fn never_panics_on_prefixes() {
        let src =
            "x = <<-EOT\n ${a[\"#\"]} %{ for v in l ~}\n EOT\n# c /* d */ \"s ${ {b = \"}\"} }\" é";
        for end in 0..=src.len() {
            if let Some(p) = src.get(..end) {
                let _ = lex_comments(p);
            }
        }
    }
}
