//! A JSON writer for the findings of the JSON report, byte for byte the layout serde_json's
//! pretty printer gives ([`super::Pretty`]): two-space indentation, `": "` after keys, `[]`
//! and `{}` when empty, the same string escapes (`\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`,
//! `\u00XX` for the other control characters; nothing else).
//!
//! Why not serde_json: a report of a run with policies holds tens of thousands of findings,
//! and serde_json looks at every byte of every string on its own. Here a string is tested
//! sixteen bytes at a time and copied whole when nothing in it needs an escape (nearly every
//! path, address and message). `report::json`'s tests hold the two writers to the same text.

/// Appends `s` as a JSON string.
pub fn string(out: &mut Vec<u8>, s: &str) {
    out.reserve(s.len() + 2);
    out.push(b'"');
    if plain(s.as_bytes()) {
        out.extend_from_slice(s.as_bytes());
    } else {
        escaped(out, s.as_bytes());
    }
    out.push(b'"');
}

/// True when no byte of `bytes` needs an escape (below 0x20, `"`, `\\`), eight at a time.
fn plain(bytes: &[u8]) -> bool {
    use crate::base::escape::{has_below, has_byte, words_pass};
    words_pass(
        bytes,
        |v| has_below(v, 0x20) || has_byte(v, b'"') || has_byte(v, b'\\'),
        |b| b >= 0x20 && b != b'"' && b != b'\\',
    )
}

fn escaped(out: &mut Vec<u8>, bytes: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let short = match b {
            b'"' => b'"',
            b'\\' => b'\\',
            0x08 => b'b',
            0x0c => b'f',
            b'\n' => b'n',
            b'\r' => b'r',
            b'\t' => b't',
            0..=0x1f => b'u',
            _ => continue,
        };
        out.extend_from_slice(&bytes[start..i]);
        out.push(b'\\');
        out.push(short);
        if short == b'u' {
            out.extend_from_slice(&[b'0', b'0', HEX[(b >> 4) as usize], HEX[(b & 0xf) as usize]]);
        }
        start = i + 1;
    }
    out.extend_from_slice(&bytes[start..]);
}

/// Appends an unsigned integer.
pub fn number(out: &mut Vec<u8>, n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

/// A string, or `null`.
pub fn optional(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => string(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// `,`, a line break and spaces: the separators are slices of it.
const BREAK: &[u8; 66] = b",\n                                                                ";

/// A line break and the indentation of `depth` levels, after a comma unless `first`.
fn next_line(out: &mut Vec<u8>, depth: usize, first: bool) {
    let _ = line_break(depth, first, |bytes| {
        out.extend_from_slice(bytes);
        Ok::<(), std::convert::Infallible>(())
    });
}

/// Gives `put` the separator before a value at `depth`: `,` unless `first`, a line break and
/// the indentation, in as few slices as the indentation allows (one below 33 levels). Shared
/// with serde_json's formatter ([`super::Pretty`]).
pub(super) fn line_break<E>(
    depth: usize,
    first: bool,
    mut put: impl FnMut(&[u8]) -> Result<(), E>,
) -> Result<(), E> {
    let mut width = 2 * depth;
    let n = width.min(BREAK.len() - 2);
    put(&BREAK[usize::from(first)..2 + n])?;
    width -= n;
    while width > 0 {
        let n = width.min(BREAK.len() - 2);
        put(&BREAK[2..2 + n])?;
        width -= n;
    }
    Ok(())
}

/// An object being written at nesting `depth` (its keys one level deeper).
pub struct Object<'a> {
    out: &'a mut Vec<u8>,
    depth: usize,
    empty: bool,
}

impl<'a> Object<'a> {
    pub fn new(out: &'a mut Vec<u8>, depth: usize) -> Object<'a> {
        out.push(b'{');
        Object {
            out,
            depth,
            empty: true,
        }
    }

    /// Writes `"key": ` and returns the buffer for the value (nested at [`Object::inner`]).
    /// Keys are the report's own names, which need no escapes.
    pub fn key(&mut self, key: &'static str) -> &mut Vec<u8> {
        debug_assert!(plain(key.as_bytes()));
        next_line(self.out, self.depth + 1, self.empty);
        self.empty = false;
        self.out.reserve(key.len() + 4);
        self.out.push(b'"');
        self.out.extend_from_slice(key.as_bytes());
        self.out.extend_from_slice(b"\": ");
        self.out
    }

    /// The depth of a value's own contents.
    pub fn inner(&self) -> usize {
        self.depth + 1
    }

    pub fn str(&mut self, key: &'static str, value: &str) {
        string(self.key(key), value);
    }

    pub fn opt(&mut self, key: &'static str, value: Option<&str>) {
        optional(self.key(key), value);
    }

    pub fn num(&mut self, key: &'static str, value: u64) {
        number(self.key(key), value);
    }

    pub fn end(self) {
        if !self.empty {
            next_line(self.out, self.depth, true);
        }
        self.out.push(b'}');
    }
}

/// Appends `items` as an array at nesting `depth`, each written by `item` at `depth + 1`.
pub fn array<T>(
    out: &mut Vec<u8>,
    depth: usize,
    items: &[T],
    mut item: impl FnMut(&mut Vec<u8>, usize, &T),
) {
    if items.is_empty() {
        out.extend_from_slice(b"[]");
        return;
    }
    out.push(b'[');
    for (i, x) in items.iter().enumerate() {
        next_line(out, depth + 1, i == 0);
        item(out, depth + 1, x);
    }
    next_line(out, depth, true);
    out.push(b']');
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every byte value, long and short strings, non-ASCII text: the same text as serde_json.
    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut all: String = (0u8..0x80).map(char::from).collect();
        all.push_str("é€😀\u{7f}\u{85}\u{2028}");
        let mut cases = vec![
            String::new(),
            "plain".to_string(),
            "a\"b\\c/d".to_string(),
            "x".repeat(15) + "\n",
            "x".repeat(16) + "\"",
            "y".repeat(33),
            all.clone(),
        ];
        for at in 0..all.len() {
            if all.is_char_boundary(at) {
                cases.push(all[at..].to_string());
            }
        }
        for s in cases {
            let mut got = Vec::new();
            string(&mut got, &s);
            let want = serde_json::to_string(&s).expect("serialises");
            assert_eq!(String::from_utf8(got).expect("utf-8"), want, "{s:?}");
        }
    }

    #[test]
    fn numbers_objects_and_arrays_have_serde_jsons_pretty_layout() {
        for n in [0u64, 7, 10, 99, 12345, u64::MAX] {
            let mut got = Vec::new();
            number(&mut got, n);
            assert_eq!(got, n.to_string().as_bytes());
        }
        let deep = serde_json::json!({
            "a": "x",
            "empty": [],
            "list": [{"k": 1}, {}],
            "none": null,
            "o": {"b": [["x"]]},
        });
        for depth in [0usize, 1, 3, 40] {
            let mut got = Vec::new();
            let mut o = Object::new(&mut got, depth);
            o.str("a", "x");
            array(o.key("empty"), depth + 1, &[] as &[u8], |_, _, _| {});
            let inner = o.inner();
            array(o.key("list"), inner, &[true, false], |out, d, &k| {
                let mut e = Object::new(out, d);
                if k {
                    e.num("k", 1);
                }
                e.end();
            });
            o.opt("none", None);
            let inner = o.inner();
            let mut nested = Object::new(o.key("o"), inner);
            let d = nested.inner();
            array(nested.key("b"), d, &[()], |out, d, _| {
                array(out, d, &["x"], |out, _, s| string(out, s))
            });
            nested.end();
            o.end();
            let mut want = Vec::new();
            super::super::write_at(&mut want, depth, &deep).expect("writes");
            assert_eq!(
                String::from_utf8(got).expect("utf-8"),
                String::from_utf8(want).expect("utf-8"),
                "depth {depth}"
            );
        }
    }
}
