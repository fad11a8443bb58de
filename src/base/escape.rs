//! Escaping of scanned content for the formats it is printed in.
//!
//! Everything a report prints from the scanned tree (values, names, file names, comments,
//! baseline and exception entries, and messages built from them) is attacker-controlled on a
//! pull request. Printed raw, a line feed starts a new line that the Actions runner reads as
//! a workflow command (`::stop-commands::`, a fake `::error`), an ESC drives the terminal, and
//! Markdown or HTML renders as the report's own text. So:
//!
//! - [`control`]: every human-readable format shows control characters as escapes (`\n`,
//!   `\r`, `\t`, `\x1b`, `\u{85}`), as do Unicode's invisible direction overrides, which can
//!   make a line read as something else;
//! - [`markdown`]: Markdown cells and lines also escape Markdown and HTML;
//! - [`git_path`]: `--diff` headers quote paths as git does.

use std::borrow::Cow;
use std::fmt::Write as _;

/// True for what [`control`] escapes: C0 and C1 controls, DEL, and the bidirectional
/// overrides and isolates (U+202A-U+202E, U+2066-U+2069), which reorder what a reader sees.
fn needs_escape(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `s` with control characters shown as escapes: `\n`, `\r`, `\t`, `\x1b` (below 0x80),
/// `\u{85}` (above); a backslash stays as it is. Borrowed when there is nothing to escape.
pub fn control(s: &str) -> Cow<'_, str> {
    // Printable ASCII (nearly every address, path and message) needs no look at characters.
    if printable_ascii(s) || !s.chars().any(needs_escape) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        push_escaped(&mut out, c);
    }
    Cow::Owned(out)
}

/// True when every byte of `s` is printable ASCII (0x20 to 0x7e), eight bytes at a time
/// ([`words_pass`]): every address, root, path and message of every finding passes here.
fn printable_ascii(s: &str) -> bool {
    words_pass(
        s.as_bytes(),
        // A byte below 0x20 or above 0x7e.
        |v| has_below(v, 0x20) || (v.wrapping_add(WORD_ONES) | v) & WORD_HIGH != 0,
        |b| b.wrapping_sub(0x20) < 0x5f,
    )
}

const WORD_ONES: u64 = 0x0101_0101_0101_0101;
const WORD_HIGH: u64 = 0x8080_8080_8080_8080;

/// True when a byte of `v` (eight bytes as one `u64`) is below `n` (`n` at most 0x80).
pub(crate) fn has_below(v: u64, n: u8) -> bool {
    v.wrapping_sub(WORD_ONES * u64::from(n)) & !v & WORD_HIGH != 0
}

/// True when a byte of `v` equals `b`.
pub(crate) fn has_byte(v: u64, b: u8) -> bool {
    has_below(v ^ (WORD_ONES * u64::from(b)), 1)
}

/// True when no eight bytes of `bytes`, read as one `u64`, make `word_fails` true and
/// `byte_passes` holds for the last few: a test of every byte without a branch per byte.
pub(crate) fn words_pass(
    bytes: &[u8],
    word_fails: impl Fn(u64) -> bool,
    byte_passes: impl Fn(u8) -> bool,
) -> bool {
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        if word_fails(u64::from_le_bytes(word)) {
            return false;
        }
    }
    chunks.remainder().iter().all(|&b| byte_passes(b))
}

fn push_escaped(out: &mut String, c: char) {
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c if needs_escape(c) && (c as u32) < 0x80 => {
            let _ = write!(out, "\\x{:02x}", c as u32);
        }
        c if needs_escape(c) => {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
        c => out.push(c),
    }
}

/// `s` for a Markdown table cell or line, as text: control characters as [`control`] shows
/// them; the characters Markdown gives meaning to behind a backslash (emphasis, code, links,
/// tables, strikethrough; headings and lists where the text starts; the `://` and `www.` of
/// URLs GitHub would link); `<`, `>`, `&` as entities so no HTML (a comment that hides what
/// follows, an image) renders; `@` as an entity so no one is mentioned. The result is one
/// line.
pub fn markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut prev: Option<char> = None;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let at_start = out.is_empty();
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '@' => out.push_str("&#64;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '#' | '-' | '+' | '=' if at_start => {
                out.push('\\');
                out.push(c);
            }
            ':' if chars.peek() == Some(&'/') => out.push_str("\\:"),
            '.' if out.ends_with("www")
                || prev.is_some_and(|p| p.is_ascii_digit()) && at_start_number(&out) =>
            {
                out.push_str("\\.");
            }
            c if needs_escape(c) => push_escaped(&mut out, c),
            c => out.push(c),
        }
        prev = Some(c);
    }
    out
}

/// True when `out` is digits only: a `.` after it would start an ordered list.
fn at_start_number(out: &str) -> bool {
    !out.is_empty() && out.bytes().all(|b| b.is_ascii_digit())
}

/// A message for Markdown: tfgate writes names and values in a message between backticks,
/// which become code spans ([`markdown_code`]); the rest is text ([`markdown`]). A backtick
/// inside a value can only move where a span starts: every piece is escaped either way.
pub fn markdown_message(s: &str) -> String {
    let pieces: Vec<&str> = s.split('`').collect();
    let mut out = String::with_capacity(s.len() + 16);
    for (i, piece) in pieces.iter().enumerate() {
        let unmatched = i == pieces.len() - 1 && i % 2 == 1;
        if i % 2 == 1 && !unmatched {
            out.push_str(&markdown_code(piece));
        } else {
            if unmatched {
                out.push_str("\\`");
            }
            // Only the first piece starts the line.
            let text = markdown(piece);
            match text
                .strip_prefix('\\')
                .filter(|_| i > 0 && !piece.starts_with('\\'))
            {
                Some(rest) if rest.starts_with(['#', '-', '+', '=']) => out.push_str(rest),
                _ => out.push_str(&text),
            }
        }
    }
    out
}

/// `s` as a Markdown code span, delimiters included: a run of backticks longer than any in
/// `s` (padded with a space where `s` starts or ends with one), `|` escaped so a table cell
/// does not split (GitHub reads `\|` inside code spans too), control characters as
/// [`control`] shows them. Inside a code span nothing else is markup: no HTML, link or
/// mention renders.
pub fn markdown_code(s: &str) -> String {
    let s = control(s);
    let longest = s.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if s.starts_with('`') || s.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{}{pad}{fence}", s.replace('|', "\\|"))
}

/// A path as git writes it in diff headers with `core.quotePath` (the default): `prefix`
/// and the path as they are when nothing needs quoting, else in double quotes with C-style
/// escapes (`\n`, `\t`, `\"`, `\\`, octal for other control bytes and every byte of a
/// non-ASCII character), so a file name can never add a header line. `git apply` reads it
/// back to the same bytes.
pub fn git_path(prefix: &str, path: &[u8]) -> String {
    let quote = |b: u8| b < 0x20 || b == b'"' || b == b'\\' || b >= 0x7f;
    if !path.iter().copied().any(quote) {
        return format!("{prefix}{}", String::from_utf8_lossy(path));
    }
    let mut out = String::with_capacity(path.len() + prefix.len() + 8);
    out.push('"');
    out.push_str(prefix);
    for &b in path {
        match b {
            0x07 => out.push_str("\\a"),
            0x08 => out.push_str("\\b"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            0x0b => out.push_str("\\v"),
            0x0c => out.push_str("\\f"),
            b'\r' => out.push_str("\\r"),
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b if quote(b) => {
                let _ = write!(out, "\\{b:03o}");
            }
            b => out.push(char::from(b)),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_become_escapes() {
        let cases = [
            ("plain `text` \\ é", "plain `text` \\ é"),
            ("a\nb\r\tc", "a\\nb\\r\\tc"),
            ("x\u{1b}[2J\u{7}", "x\\x1b[2J\\x07"),
            ("\u{7f}\u{85}\u{9b}", "\\x7f\\u{85}\\u{9b}"),
            ("ab\u{202e}cd\u{2066}", "ab\\u{202e}cd\\u{2066}"),
            ("\n::stop-commands::x", "\\n::stop-commands::x"),
        ];
        for (input, expected) in cases {
            assert_eq!(control(input), expected, "{input:?}");
        }
        assert!(matches!(control("nothing"), Cow::Borrowed(_)));
    }

    /// The sixteen-byte test sees every byte: in a full chunk, in the remainder, at either
    /// end of a chunk.
    #[test]
    fn control_characters_are_found_anywhere_in_long_text() {
        let long = "module.a.aws_s3_bucket.this[\"x\"]/0123456789abcdef".repeat(3);
        assert!(matches!(control(&long), Cow::Borrowed(_)));
        for at in [0, 15, 16, 31, 32, long.len() - 1] {
            for c in ['\n', '\u{1b}', '\u{7f}', '\u{202e}'] {
                let mut s = long.clone();
                s.insert(at, c);
                let shown = control(&s);
                assert!(matches!(shown, Cow::Owned(_)), "{c:?} at {at}");
                assert!(!shown.contains(c), "{c:?} at {at} was kept");
            }
        }
    }

    #[test]
    fn markdown_escapes_markup_html_and_mentions() {
        let cases = [
            ("bucket (x): y.z", "bucket (x): y.z"),
            ("a|b", "a\\|b"),
            ("<!-- x -->", "&lt;!-- x --&gt;"),
            ("[x](https://e)", "\\[x\\](https\\://e)"),
            ("see www.evil.example", "see www\\.evil.example"),
            ("@org/team", "&#64;org/team"),
            ("`c` *b* _i_ ~~s~~", "\\`c\\` \\*b\\* \\_i\\_ \\~\\~s\\~\\~"),
            ("# h\r\n- l", "\\# h\\r\\n- l"),
            ("- item", "\\- item"),
            ("12. item", "12\\. item"),
            ("a&b", "a&amp;b"),
            ("\\", "\\\\"),
        ];
        for (input, expected) in cases {
            assert_eq!(markdown(input), expected, "{input:?}");
        }
    }

    #[test]
    fn markdown_messages_keep_code_spans() {
        let cases = [
            ("bucket `b` has no `x = 1`", "bucket `b` has no `x = 1`"),
            ("`a|b` <i>", "`a\\|b` &lt;i&gt;"),
            ("odd ` backtick", "odd \\` backtick"),
            ("`x`- y", "`x`- y"),
            ("-`x`", "\\-`x`"),
        ];
        for (input, expected) in cases {
            assert_eq!(markdown_message(input), expected, "{input:?}");
        }
    }

    #[test]
    fn markdown_code_spans_hold_any_text() {
        let cases = [
            ("aws_s3_bucket.b", "`aws_s3_bucket.b`"),
            ("a`b", "``a`b``"),
            ("`x``", "``` `x`` ```"),
            ("a|b<img>", "`a\\|b<img>`"),
            ("x\n::error::y", "`x\\n::error::y`"),
        ];
        for (input, expected) in cases {
            assert_eq!(markdown_code(input), expected, "{input:?}");
        }
    }

    #[test]
    fn git_paths_are_quoted_as_git_quotes_them() {
        let cases: [(&[u8], &str); 6] = [
            (b"infra/main.tf", "a/infra/main.tf"),
            (b"plain dir/main.tf", "a/plain dir/main.tf"),
            (
                b"A\n--- a/main.tf\n+++ b/main.tf",
                "\"a/A\\n--- a/main.tf\\n+++ b/main.tf\"",
            ),
            (
                "tab\there/q\"uote\\é.tf".as_bytes(),
                "\"a/tab\\there/q\\\"uote\\\\\\303\\251.tf\"",
            ),
            (b"bad\xff.tf", "\"a/bad\\377.tf\""),
            (b"\x07\x08\x0b\x0c\r\x1b", "\"a/\\a\\b\\v\\f\\r\\033\""),
        ];
        for (path, expected) in cases {
            assert_eq!(git_path("a/", path), expected, "{path:?}");
        }
    }
}
