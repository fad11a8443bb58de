//! Objects that repeat a key. Terraform evaluates `{ a = 1, a = 2 }` to `{ a = 2 }` (HCL's
//! object constructor keeps the last value for a key and reports nothing), while hcl-edit
//! refuses to parse such an object. So on that parse error the earlier items of the key are
//! blanked out of the text given to the parser, and the parse is tried again: the result is
//! the object Terraform evaluates, and every byte offset still matches the file (blanking
//! keeps the length and the line breaks).

use super::pieces::{enclosing_brace, skip, string_end};

/// An item of an object that a later item with the same key replaces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replaced {
    pub key: String,
    /// Where the replaced item starts.
    pub offset: usize,
    /// Where the item that replaces it starts.
    pub by: usize,
}

/// For hcl-edit's error about the repeated key starting at or after `at` (after any
/// whitespace): `src` with the earlier items of that key in the same object blanked to
/// spaces, and those items. `None` when the object or the key cannot be worked out, or no
/// earlier item has the key.
pub fn blank_earlier(src: &str, at: usize) -> Option<(String, Vec<Replaced>)> {
    let b = src.as_bytes();
    let at = at + b.get(at..)?.iter().position(|c| !c.is_ascii_whitespace())?;
    let key = key_at(b, at)?.0;
    let open = enclosing_brace(b, at)?;
    let items = items(b, open, at)?;
    let earlier: Vec<&Item> = items.iter().filter(|i| i.key == key).collect();
    if earlier.is_empty() {
        return None;
    }
    let mut out = b.to_vec();
    for item in &earlier {
        for c in &mut out[item.start..item.end] {
            if *c != b'\n' {
                *c = b' ';
            }
        }
    }
    let replaced = earlier
        .iter()
        .map(|i| Replaced {
            key: String::from_utf8_lossy(&key).into_owned(),
            offset: i.start,
            by: at,
        })
        .collect();
    // Only ASCII bytes were written over whole items, so the text is still UTF-8.
    String::from_utf8(out).ok().map(|text| (text, replaced))
}

/// The key starting at `i` (an identifier, or a quoted string with no escapes or template
/// sequences, which names the same key) and the index after it.
fn key_at(b: &[u8], i: usize) -> Option<(Vec<u8>, usize)> {
    match b.get(i)? {
        b'"' => {
            let end = string_end(b, i)?;
            let inner = &b[i + 1..end];
            if inner.iter().any(|c| matches!(c, b'\\' | b'$' | b'%')) {
                return None;
            }
            Some((inner.to_vec(), end + 1))
        }
        c if c.is_ascii_alphabetic() || *c == b'_' => {
            let len = b[i..]
                .iter()
                .position(|c| !(c.is_ascii_alphanumeric() || *c == b'_' || *c == b'-'))
                .unwrap_or(b.len() - i);
            Some((b[i..i + len].to_vec(), i + len))
        }
        _ => None,
    }
}

struct Item {
    key: Vec<u8>,
    start: usize,
    /// Exclusive; a separating comma is part of the item.
    end: usize,
}

/// The items of the object opening at `open` that start before `at`, with simple keys.
fn items(b: &[u8], open: usize, at: usize) -> Option<Vec<Item>> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    // The item being read: its key (when simple) and start.
    let mut current: Option<(Option<Vec<u8>>, usize)> = None;
    let mut i = open + 1;
    while i < at {
        let c = b[i];
        if depth == 0 && current.is_none() {
            if c.is_ascii_whitespace() || c == b',' {
                i += 1;
                continue;
            }
            // A comment between items is passed over (a quoted key is read below).
            if c != b'"' {
                let next = skip(b, i)?;
                if next != i {
                    i = next + 1;
                    continue;
                }
            }
            let key = key_at(b, i).map(|(k, _)| k);
            current = Some((key, i));
        }
        match c {
            b'{' | b'[' | b'(' => depth += 1,
            b'}' | b']' | b')' => depth = depth.checked_sub(1)?,
            b',' | b'\n' if depth == 0 => {
                if let Some((key, start)) = current.take() {
                    let end = if c == b',' { i + 1 } else { i };
                    if let Some(key) = key {
                        out.push(Item { key, start, end });
                    }
                }
            }
            _ => i = skip(b, i)?,
        }
        i += 1;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blank(src: &str, key_at: &str) -> Option<String> {
        let at = src.rfind(key_at).expect("the later key is in the text");
        blank_earlier(src, at).map(|(text, replaced)| {
            assert_eq!(text.len(), src.len());
            assert!(replaced.iter().all(|r| r.by == at));
            text
        })
    }

    /// `src` with the first occurrence of each part blanked as the repair blanks it.
    fn without(src: &str, parts: &[&str]) -> String {
        let mut out = src.to_string();
        for part in parts {
            let at = out.find(part).expect("the part is in the text");
            let blanked: String = part
                .chars()
                .map(|c| if c == '\n' { c } else { ' ' })
                .collect();
            out.replace_range(at..at + part.len(), &blanked);
        }
        out
    }

    #[test]
    fn earlier_items_of_the_key_are_blanked_and_offsets_kept() {
        let src = "x = {\n  a = 1\n  \"b\" = [1,\n  2]\n  c = 3, a = { n = \"}\" }\n  a = 4\n}\n";
        assert_eq!(
            blank(src, "a = 4").as_deref(),
            Some(&*without(src, &["a = 1", "a = { n = \"}\" }"]))
        );
    }

    #[test]
    fn quoted_and_bare_keys_are_the_same_key() {
        let src = "x = { \"a\" = 1, b = 2, a = 3 }";
        assert_eq!(
            blank(src, "a = 3").as_deref(),
            Some(&*without(src, &["\"a\" = 1,"]))
        );
    }

    #[test]
    fn only_the_enclosing_object_is_touched() {
        let src = "x = {\n  a = 1\n  inner = { a = 2 }\n  y = { a = 5, a = 6 }\n}\n";
        assert_eq!(
            blank(src, "a = 6").as_deref(),
            Some(&*without(src, &["a = 5,"]))
        );
    }

    #[test]
    fn comments_strings_and_heredocs_hide_brackets_and_separators() {
        let src = "x = {\n  # a = 0, {\n  a = <<EOT\n}, a\nEOT\n  s = \"a, {\" // {\n  a = 2\n}\n";
        assert_eq!(
            blank(src, "a = 2").as_deref(),
            Some(&*without(src, &["a = <<EOT\n}, a\nEOT"]))
        );
    }

    #[test]
    fn keys_it_cannot_read_are_left_to_the_parse_error() {
        assert_eq!(
            blank("x = { \"${k}\" = 1, \"${k}\" = 2 }", "\"${k}\" = 2"),
            None
        );
        assert_eq!(blank("x = [ a = 1, a = 2 ]", "a = 2"), None);
    }
}
