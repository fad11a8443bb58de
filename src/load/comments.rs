//! Finds every comment in native-syntax source, so suppression comments are read from real
//! comment tokens and never from inside strings or heredocs.
//!
//! tfgate's syntax tree drops comments, and hcl-edit's tree, which keeps them as decoration,
//! is too large to keep (see [`syntax`](super::syntax)); a lexer that knows just enough of
//! HCL's string and template structure is cheap, and runs only when suppressions are read.
//! Where HCL implementations differ (a line break in a quoted string, text after a heredoc's
//! closing marker) it follows hcl-edit, so the comments found belong to the same reading of
//! the file that tfgate evaluates.

use crate::base::span::Span;

/// The three comment forms of HCL's native syntax.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CommentKind {
    /// `# ...` to the end of the line.
    Hash,
    /// `// ...` to the end of the line.
    Slash,
    /// `/* ... */`, possibly over several lines.
    Block,
}

/// One comment token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Comment {
    /// From the first marker character to the end of the comment: the closing `*/` of a
    /// block comment, or the end of the line (not including `\r\n` or `\n`).
    pub span: Span,
    pub kind: CommentKind,
}

impl Comment {
    /// The comment's text without its markers (`#`, `//`, `/*` and `*/`), from the source the
    /// comment was lexed from. Leading and trailing spaces are kept: suppression syntax
    /// decides how to trim.
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        let raw = src.get(self.span.range()).unwrap_or("");
        match self.kind {
            CommentKind::Hash => raw.strip_prefix('#').unwrap_or(raw),
            CommentKind::Slash => raw.strip_prefix("//").unwrap_or(raw),
            CommentKind::Block => {
                let inner = raw.strip_prefix("/*").unwrap_or(raw);
                // An unterminated block comment runs to the end of the file without `*/`.
                inner.strip_suffix("*/").unwrap_or(inner)
            }
        }
    }
}

/// What the lexer is inside of. The bottom of the stack is always the file's own `Code`.
enum Frame<'a> {
    /// Expression text: the file itself, or an interpolation or directive (`${ ... }`,
    /// `%{ ... }`) whose closing `}` returns to the template around it. `braces` counts the
    /// object braces opened inside and not yet closed, so that `}` is told apart.
    Code { braces: usize },
    /// A quoted template: `"..."`.
    Quoted,
    /// A heredoc body, ended by a line holding `marker`. `line_start` is true at the start
    /// of a body line, the only place a closing marker may be.
    Heredoc { marker: &'a str, line_start: bool },
}

/// Lexes all comments of a native-syntax file, in source order. Never fails: an
/// unterminated string, heredoc or interpolation simply runs to the end of the file, and an
/// unterminated block comment is a comment to the end of the file.
pub fn lex_comments(src: &str) -> Vec<Comment> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut stack = vec![Frame::Code { braces: 0 }];
    let mut i = 0;
    while i < b.len() {
        let Some(frame) = stack.last_mut() else { break };
        match frame {
            Frame::Code { braces } => match b[i] {
                b'#' => i = line_comment(b, i, CommentKind::Hash, &mut out),
                b'/' if b.get(i + 1) == Some(&b'/') => {
                    i = line_comment(b, i, CommentKind::Slash, &mut out);
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
                    stack.push(Frame::Quoted);
                    i += 1;
                }
                b'<' if b.get(i + 1) == Some(&b'<') => match heredoc_start(src, i) {
                    Some((marker, body_start)) => {
                        stack.push(Frame::Heredoc {
                            marker,
                            line_start: true,
                        });
                        i = body_start;
                    }
                    None => i += 2,
                },
                b'{' => {
                    *braces += 1;
                    i += 1;
                }
                b'}' => {
                    if *braces > 0 {
                        *braces -= 1;
                    } else if stack.len() > 1 {
                        // The end of an interpolation or directive: back to its template.
                        stack.pop();
                    }
                    i += 1;
                }
                _ => i += 1,
            },
            Frame::Quoted => match b[i] {
                // hcl-edit reads any character after a backslash as escaped (and rejects the
                // bad ones later); skipping it keeps `\"` from ending the string.
                b'\\' => i += 2,
                b'"' => {
                    stack.pop();
                    i += 1;
                }
                // Terraform rejects a line break in a quoted string but hcl-edit accepts it,
                // so the string goes on.
                b'$' | b'%' => i = template_marker(b, i, &mut stack),
                _ => i += 1,
            },
            Frame::Heredoc { marker, line_start } => {
                if *line_start {
                    *line_start = false;
                    if let Some(after) = closing_marker(src, i, marker) {
                        stack.pop();
                        i = after;
                        continue;
                    }
                }
                match b[i] {
                    b'\n' => {
                        *line_start = true;
                        i += 1;
                    }
                    b'$' | b'%' => i = template_marker(b, i, &mut stack),
                    _ => i += 1,
                }
            }
        }
    }
    out
}

/// At a `$` or `%` inside a template: skips an escaped `$${` or `%%{`, or enters the
/// interpolation or directive a `${` or `%{` opens. Returns where to go on.
fn template_marker(b: &[u8], i: usize, stack: &mut Vec<Frame<'_>>) -> usize {
    let c = b[i];
    if b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&b'{') {
        i + 3
    } else if b.get(i + 1) == Some(&b'{') {
        stack.push(Frame::Code { braces: 0 });
        i + 2
    } else {
        i + 1
    }
}

/// Records a `#` or `//` comment starting at `start`; returns the offset of its line ending.
fn line_comment(b: &[u8], start: usize, kind: CommentKind, out: &mut Vec<Comment>) -> usize {
    let line_end = find(b, start, b"\n").unwrap_or(b.len());
    let end = if line_end > start && b.get(line_end - 1) == Some(&b'\r') {
        line_end - 1
    } else {
        line_end
    };
    out.push(Comment {
        span: Span::new(start..end),
        kind,
    });
    line_end
}

fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// HCL identifier characters, close enough to Unicode's XID classes that hcl-edit uses
/// (heredoc markers are ASCII in practice).
fn is_ident_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

fn is_ident_continue(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '-'
}

/// `<<EOT` or `<<-EOT` at `i`, followed directly by a line ending: the marker and the
/// offset where the body starts. Anything else is not a heredoc.
fn heredoc_start(src: &str, i: usize) -> Option<(&str, usize)> {
    let after_arrows = src.get(i + 2..)?;
    let rest = after_arrows.strip_prefix('-').unwrap_or(after_arrows);
    if !rest.chars().next().is_some_and(is_ident_start) {
        return None;
    }
    let len = rest
        .find(|c: char| !is_ident_continue(c))
        .unwrap_or(rest.len());
    let (marker, after) = rest.split_at(len);
    let ending = if after.starts_with("\r\n") {
        2
    } else if after.starts_with('\n') {
        1
    } else {
        return None;
    };
    let body_start = src.len() - after.len() + ending;
    Some((marker, body_start))
}

/// If the heredoc line starting at `i` closes the heredoc (spaces or tabs, the marker, then
/// anything that cannot continue an identifier), the offset just after the marker: the rest
/// of that line is expression text again.
fn closing_marker(src: &str, i: usize, marker: &str) -> Option<usize> {
    let line = src.get(i..)?;
    let indented = line.trim_start_matches([' ', '\t']);
    let after = indented.strip_prefix(marker)?;
    if after.chars().next().is_some_and(is_ident_continue) {
        return None;
    }
    Some(src.len() - after.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The comments of `src` as written, markers included.
    fn lexed(src: &str) -> Vec<&str> {
        lex_comments(src)
            .iter()
            .map(|c| src.get(c.span.range()).unwrap_or("<bad span>"))
            .collect()
    }

    #[test]
    fn finds_exactly_the_real_comments() {
        #[rustfmt::skip]
        let cases: &[(&str, &[&str])] = &[
            ("# a\nx = 1 // b\n/* c */ y = 2", &["# a", "// b", "/* c */"]),
            ("/* multi\nline */ x = 1 # after", &["/* multi\nline */", "# after"]),
            ("x = a / b # c", &["# c"]),
            ("x = {a = {b = 1}} # c", &["# c"]),
            ("}} x = 1 # stray braces at the top # c", &["# stray braces at the top # c"]),
            ("x = \"a # b // c /* d */\" # e", &["# e"]),
            ("x = \"\\\" # not\" # e", &["# e"]),
            ("x = \"\\\\\" # e", &["# e"]),
            ("x = \"${lookup(m, \"#k\", \"}\")}\" # e", &["# e"]),
            ("x = \"${ {a = \"#\"} }\" # e", &["# e"]),
            ("x = \"${ {a = {b = \"}\"}} } # not\" # e", &["# e"]),
            ("x = \"${\"${\"#\"}\"}\" # e", &["# e"]),
            ("x = \"%{ if a }#%{ else }//%{ endif }\" # e", &["# e"]),
            ("x = \"%{ for k, v in m }${k}#%{ endfor }\" # e", &["# e"]),
            ("x = \"$${# not}\" # e", &["# e"]),
            ("x = \"%%{# not}\" # e", &["# e"]),
            ("x = \"$$${# not}\" # e", &["# e"]),
            ("x = \"$\" # e", &["# e"]),
            ("x = \"${ # inside\n v }\" # e", &["# inside", "# e"]),
            ("x = \"${ v // inside\n }\"", &["// inside"]),
            ("x = \"${ /* in */ v }\" # e", &["/* in */", "# e"]),
            ("x = \"line\nbreak # not\" # e", &["# e"]),
            ("x = <<EOT\n# not\n// not\nEOT\n# e", &["# e"]),
            ("x = <<-EOT\n  # not\n  EOT\n// e", &["// e"]),
            ("x = <<END_OF-TEXT\n# not\nEND_OF-TEXT\n# e", &["# e"]),
            ("x = <<EOT\nEOTX # not\n EOT-2 # not\nEOT\n# e", &["# e"]),
            ("x = <<EOT\nsay EOT # not\nEOT\n# e", &["# e"]),
            ("x = <<EOT\n${a}EOT # not\nEOT\n# e", &["# e"]),
            ("x = <<EOT\n${ \"EOT\" } # not\nEOT\n# e", &["# e"]),
            ("x = <<EOT\n${ # inside\n v } # not\nEOT\n# e", &["# inside", "# e"]),
            ("x = <<EOT\n%{ if a }# not%{ endif }\n$${ # not\nEOT\n# e", &["# e"]),
            ("x = <<EOT\n\"# not\nEOT\n# e", &["# e"]),
            ("x = <<EOT\nEOT\n# e", &["# e"]),
            ("x = <<EOT\n  EOT # e", &["# e"]),
            ("x = f(<<EOT\n# not\nEOT\n) # e", &["# e"]),
            ("x = \"${f(<<EOT\n# not\nEOT\n)}\" # e", &["# e"]),
            ("x = <<EOT # not a heredoc\n# e", &["# not a heredoc", "# e"]),
            ("x = <<\n# e", &["# e"]),
            ("a = 1 # c\r\nb = 2 // d\r\n", &["# c", "// d"]),
            ("x = <<EOT\r\n# not\r\nEOT\r\n# e\r\n", &["# e"]),
            ("x = \"é # not\" # ü", &["# ü"]),
            ("/* unterminated", &["/* unterminated"]),
            ("x = \"unterminated # not", &[]),
            ("x = <<EOT\n# not\n", &[]),
            ("x = \"${ unterminated # e", &["# e"]),
            ("#", &["#"]),
            ("", &[]),
        ];
        for (src, expected) in cases {
            assert_eq!(lexed(src), *expected, "{src:?}");
        }
    }

    #[test]
    fn kinds_and_text_without_markers() {
        #[rustfmt::skip]
        let cases: &[(&str, CommentKind, &str)] = &[
            ("# tfgate:ignore X", CommentKind::Hash, " tfgate:ignore X"),
            ("// tfgate:ignore X\r\n", CommentKind::Slash, " tfgate:ignore X"),
            ("/* tfgate:ignore X */", CommentKind::Block, " tfgate:ignore X "),
            ("/* open", CommentKind::Block, " open"),
            ("x = 1 #", CommentKind::Hash, ""),
        ];
        for (src, kind, text) in cases {
            let comments = lex_comments(src);
            assert_eq!(comments.len(), 1, "{src:?}");
            assert_eq!(comments[0].kind, *kind, "{src:?}");
            assert_eq!(comments[0].text(src), *text, "{src:?}");
        }
    }

    #[test]
    fn never_panics_on_any_prefix_or_suffix() {
        let src = "x = <<-EOT\r\n ${a[\"#\"]} %{ for v in l ~}\n EOT\n# c /* d */ \"s ${ {b = \
                   \"}\"} } \\\" $${ %%{\" é <<E\nE // z\n\"${<<X\n#\nX\n}\" /* end";
        for end in (0..=src.len()).filter(|&e| src.is_char_boundary(e)) {
            for c in lex_comments(&src[..end]) {
                assert!(c.span.end as usize <= end, "{:?}", &src[..end]);
            }
            for c in lex_comments(&src[end..]) {
                assert!(
                    src[end..].get(c.span.range()).is_some(),
                    "{:?}",
                    &src[end..]
                );
            }
        }
    }
}
