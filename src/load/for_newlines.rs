//! Line breaks inside an object `for` expression. HCL reads a `for` expression with newlines
//! ignored, also between the braces of `{ for k in x : k => v }` (object constructors are
//! newline-sensitive, `for` expressions are not), so Terraform accepts
//!
//! ```hcl
//! m = { for k in local.names : k => local.upper ? upper(k) :
//!   lower(k)
//! }
//! ```
//!
//! while hcl-edit stops at the line break inside the value. On that parse error the line
//! breaks at the `for` expression's own level are turned into spaces in the text given to the
//! parser, and the parse is tried again: every byte offset still matches the file, and the
//! line and column of a later error are worked out from the file as read.
//!
//! Only the `for` expression's own level changes: an object constructor nested in it keeps
//! its line breaks (they separate its items, in Terraform too), and so do heredocs, which
//! need theirs. A line comment at that level is blanked with its line break, since the break
//! is what ends it.

use super::pieces::{enclosing_brace, skip};

/// For a parse error at `at`: `src` with the line breaks of the object `for` expression that
/// most closely encloses `at` turned into spaces, or `None` when `at` is not directly inside
/// one (an object constructor in between is newline-sensitive in Terraform as well) or there
/// is no line break to remove.
pub fn join_lines(src: &str, at: usize) -> Option<String> {
    let b = src.as_bytes();
    // `None` too when the innermost open bracket is `[` or `(`, where hcl-edit already reads
    // line breaks as Terraform does.
    let open = enclosing_brace(b, at)?;
    if !starts_for(b, open + 1)? {
        return None;
    }
    let mut out = b.to_vec();
    let mut changed = false;
    let mut depth = 0usize;
    let mut i = open + 1;
    while i < b.len() {
        match b[i] {
            b'{' | b'[' | b'(' => depth += 1,
            b'}' if depth == 0 => break,
            b'}' | b']' | b')' => depth = depth.checked_sub(1)?,
            b'\n' if depth == 0 => {
                out[i] = b' ';
                if i > 0 && b[i - 1] == b'\r' {
                    out[i - 1] = b' ';
                }
                changed = true;
            }
            c => {
                let end = skip(b, i)?;
                let line_comment = c == b'#' || (c == b'/' && b.get(i + 1) == Some(&b'/'));
                if depth == 0 && line_comment {
                    // The comment and the line break ending it.
                    let stop = (end + 2).min(b.len());
                    out[i..stop].fill(b' ');
                    changed = true;
                    i = stop;
                    continue;
                }
                i = end;
            }
        }
        i += 1;
    }
    // Spaces were written over line breaks and over whole comments (every byte of each
    // character), so the text is still UTF-8.
    changed.then(|| String::from_utf8(out).ok()).flatten()
}

/// Whether the text from `i` (after blanks, line breaks and comments) is the keyword `for`.
fn starts_for(b: &[u8], mut i: usize) -> Option<bool> {
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' | b'\r' | b'\n' => i += 1,
            b'#' | b'/' => {
                let end = skip(b, i)?;
                if end == i {
                    return Some(false);
                }
                i = end + 1;
            }
            _ => {
                let rest = &b[i..];
                return Some(
                    rest.starts_with(b"for")
                        && rest
                            .get(3)
                            .is_some_and(|c| c.is_ascii_whitespace() || *c == b'#'),
                );
            }
        }
    }
    Some(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The repair for a parse error at the first occurrence of `marker` in `src`.
    fn join(src: &str, marker: &str) -> Option<String> {
        let at = src.find(marker).expect("the marker is in the text");
        join_lines(src, at).inspect(|text| assert_eq!(text.len(), src.len()))
    }

    #[test]
    fn line_breaks_of_the_for_expression_become_spaces() {
        let src = "m = { for k in x : k => c ? upper(k) :\r\n  lower(k)\n}\nn = 1\n";
        assert_eq!(
            join(src, ":\r\n").as_deref(),
            Some("m = { for k in x : k => c ? upper(k) :    lower(k) }\nn = 1\n")
        );
    }

    #[test]
    fn nested_objects_heredocs_and_strings_keep_their_line_breaks() {
        let src = concat!(
            "m = { for k in x : k => merge({\n  a = 1\n  b = \"}\\n\"\n}, {\n",
            "  c = <<EOT\n}\nEOT\n}) if k != \"{\" &&\n  true\n}\n",
        );
        let joined = join(src, "&&").expect("a for expression encloses the error");
        assert_eq!(
            joined,
            concat!(
                "m = { for k in x : k => merge({\n  a = 1\n  b = \"}\\n\"\n}, {\n",
                "  c = <<EOT\n}\nEOT\n}) if k != \"{\" &&   true }\n",
            )
        );
    }

    #[test]
    fn a_line_comment_goes_with_its_line_break() {
        let src = "m = { for k in x : # keys\n  k => k ? 1 : # one\n  2 // two\n}\n";
        let mut expected = src.to_string();
        for part in ["# keys\n", "# one\n", "// two\n"] {
            expected = expected.replacen(part, &" ".repeat(part.len()), 1);
        }
        assert_eq!(join(src, "# one"), Some(expected));
    }

    #[test]
    fn errors_outside_an_object_for_expression_are_left_alone() {
        // An object constructor is newline-sensitive in Terraform too.
        assert_eq!(join("m = {\n  a = c ? 1 :\n  2\n}\n", ":\n"), None);
        assert_eq!(
            join("m = { for k in x : k => { a = c ? 1 :\n 2 } }\n", ":\n"),
            None
        );
        // Not a `for` keyword.
        assert_eq!(join("m = { format = c ? 1 :\n 2 }\n", ":\n"), None);
        assert_eq!(join("m = c ? 1 :\n 2\n", ":\n"), None);
        // Nothing to join.
        assert_eq!(join("m = { for k in x : k => k ? }\n", "? }"), None);
    }
}
