//! Encoding functions: Base64, URL, text encodings, JSON and CSV (YAML is in `yaml.rs`).

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;

use super::{FnCtx, FnError, FnResult, arg_str, arity, bad_param, invalid, unknown_if_any};
use crate::model::value::{Map, Unknown, Value, format_number};

/// Decodes standard Base64; Go's decoder skips line breaks, so this does too.
pub(crate) fn base64_decode(s: &str, param: &str) -> Result<Vec<u8>, FnError> {
    let cleaned: String = s.chars().filter(|c| *c != '\r' && *c != '\n').collect();
    B64.decode(cleaned.as_bytes())
        .map_err(|e| bad_param(param, format!("failed to decode base64 data: {e}")))
}

/// `base64encode`, `base64decode`, `urlencode`.
pub fn text(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 1)?;
    unknown_if_any!(args);
    let s = arg_str(&args[0], "str")?;
    Ok(Value::string(match name {
        "base64encode" => B64.encode(s.as_bytes()),
        "base64decode" => String::from_utf8(base64_decode(&s, "str")?).map_err(|_| {
            invalid("the result of decoding the provided string is not valid UTF-8")
        })?,
        _ => urlencode(&s),
    }))
}

/// Go's `url.QueryEscape`: unreserved characters stay, spaces become `+`.
fn urlencode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(char::from(b))
            }
            b' ' => out.push('+'),
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

/// The text encodings tfgate can reproduce byte for byte (IANA names, any case).
#[derive(Clone, Copy, PartialEq)]
enum TextEncoding {
    Utf8,
    Utf16Le,
    Utf16Be,
}

fn text_encoding_named(name: &str) -> Option<TextEncoding> {
    match name.to_ascii_uppercase().as_str() {
        "UTF-8" | "UTF8" | "CSUTF8" => Some(TextEncoding::Utf8),
        "UTF-16LE" | "CSUTF16LE" => Some(TextEncoding::Utf16Le),
        "UTF-16BE" | "CSUTF16BE" => Some(TextEncoding::Utf16Be),
        _ => None,
    }
}

/// `textencodebase64`, `textdecodebase64`: UTF-8 and UTF-16 (LE/BE); other encodings are
/// unsupported because std has no tables for them.
pub fn text_encoding(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 2)?;
    unknown_if_any!(args);
    let s = arg_str(
        &args[0],
        if name == "textencodebase64" {
            "string"
        } else {
            "source"
        },
    )?;
    let enc_name = arg_str(&args[1], "encoding")?;
    let Some(enc) = text_encoding_named(&enc_name) else {
        return Err(FnError::Unsupported(format!(
            "{name} with encoding {enc_name:?}"
        )));
    };
    if name == "textencodebase64" {
        let bytes: Vec<u8> = match enc {
            TextEncoding::Utf8 => s.as_bytes().to_vec(),
            TextEncoding::Utf16Le => s.encode_utf16().flat_map(u16::to_le_bytes).collect(),
            TextEncoding::Utf16Be => s.encode_utf16().flat_map(u16::to_be_bytes).collect(),
        };
        return Ok(Value::string(B64.encode(bytes)));
    }
    let bytes = base64_decode(&s, "source")?;
    let not_text = || {
        bad_param(
            "source",
            format!("the given string contains symbols that are not defined for {enc_name}"),
        )
    };
    let text = match enc {
        TextEncoding::Utf8 => String::from_utf8(bytes).map_err(|_| not_text())?,
        TextEncoding::Utf16Le | TextEncoding::Utf16Be => {
            if bytes.len() % 2 != 0 {
                return Err(not_text());
            }
            let units = bytes.chunks_exact(2).map(|p| {
                let pair = [p[0], p[1]];
                if enc == TextEncoding::Utf16Le {
                    u16::from_le_bytes(pair)
                } else {
                    u16::from_be_bytes(pair)
                }
            });
            char::decode_utf16(units)
                .collect::<Result<String, _>>()
                .map_err(|_| not_text())?
        }
    };
    Ok(Value::string(text))
}

/// A JSON string literal as Go's `encoding/json` writes it: `<`, `>`, `&`, U+2028 and U+2029
/// are escaped too, which is why Terraform's `jsonencode("<")` is `"\u003c"`.
pub(crate) fn json_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", u32::from(c)));
            }
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A number in JSON as Terraform writes it: plain decimal, never an exponent.
fn json_number(n: f64) -> String {
    if n.is_finite() {
        if n.fract() == 0.0 && n.abs() < 1e17 {
            format_number(n)
        } else {
            format!("{n}")
        }
    } else {
        // Terraform cannot encode infinities either; `null` keeps the text valid JSON.
        "null".into()
    }
}

/// Compact JSON text of a value, or `None` when part of it is unknown.
pub(crate) fn json_text(v: &Value) -> Option<String> {
    let mut out = String::new();
    write_json(v, &mut out).then_some(out)
}

fn write_json(v: &Value, out: &mut String) -> bool {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&json_number(*n)),
        Value::String(s) => out.push_str(&json_quote(s)),
        Value::List(items) | Value::Set(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                if !write_json(item, out) {
                    return false;
                }
            }
            out.push(']');
        }
        Value::Object(obj) => {
            out.push('{');
            for (i, (k, item)) in obj.fields.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&json_quote(k));
                out.push(':');
                if !write_json(item, out) {
                    return false;
                }
            }
            out.push('}');
        }
        Value::Unknown(_) => return false,
    }
    true
}

/// `jsonencode(value)`: compact JSON, escaped as Go escapes it.
pub fn jsonencode(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 1)?;
    match json_text(&args[0]) {
        Some(text) => Ok(Value::string(text)),
        None if args[0].is_unknown() => Ok(Value::unknown()),
        // The text is unknown, but policy rules can still read its structure.
        None => Ok(Value::Unknown(Unknown::Encoded {
            value: std::sync::Arc::new(args[0].clone()),
        })),
    }
}

/// `jsondecode(str)`: the value JSON text stands for.
pub fn jsondecode(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 1)?;
    unknown_if_any!(args);
    let s = arg_str(&args[0], "str")?;
    let json: serde_json::Value =
        serde_json::from_str(&s).map_err(|e| bad_param("str", format!("invalid JSON: {e}")))?;
    Ok(Value::from_json(&json))
}

/// `csvdecode(str)`: a list of objects, one a row, keyed by the header row.
pub fn csvdecode(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 1)?;
    unknown_if_any!(args);
    let s = arg_str(&args[0], "str")?;
    let mut rows = parse_csv(&s)?.into_iter();
    let Some((_, header)) = rows.next() else {
        return Err(invalid("missing header line"));
    };
    for (i, name) in header.iter().enumerate() {
        if header[..i].contains(name) {
            return Err(invalid(format!("duplicate column name {name:?}")));
        }
    }
    let mut out = Vec::new();
    for (line, row) in rows {
        if row.len() != header.len() {
            return Err(invalid(format!(
                "CSV parse error on line {line}: wrong number of fields"
            )));
        }
        let fields: Map = header
            .iter()
            .cloned()
            .zip(row.into_iter().map(Value::string))
            .collect();
        out.push(Value::object(fields));
    }
    Ok(Value::list(out))
}

/// Go's `encoding/csv` reader: records with the line they start on. Empty lines are skipped,
/// quotes are allowed only around whole fields, CR LF reads as LF.
fn parse_csv(s: &str) -> Result<Vec<(usize, Vec<String>)>, FnError> {
    let text = s.replace("\r\n", "\n");
    let mut chars = text.chars().peekable();
    let mut records = Vec::new();
    let mut line = 1;
    while chars.peek().is_some() {
        if chars.peek() == Some(&'\n') {
            chars.next();
            line += 1;
            continue;
        }
        let start = line;
        let mut record = Vec::new();
        loop {
            let mut field = String::new();
            if chars.peek() == Some(&'"') {
                chars.next();
                loop {
                    match chars.next() {
                        None => {
                            return Err(invalid(format!(
                                "CSV parse error on line {start}: extraneous or missing \" in quoted-field"
                            )));
                        }
                        Some('"') if chars.peek() == Some(&'"') => {
                            chars.next();
                            field.push('"');
                        }
                        Some('"') => break,
                        Some(c) => {
                            if c == '\n' {
                                line += 1;
                            }
                            field.push(c);
                        }
                    }
                }
                if !matches!(chars.peek(), None | Some(',' | '\n')) {
                    return Err(invalid(format!(
                        "CSV parse error on line {line}: extraneous or missing \" in quoted-field"
                    )));
                }
            } else {
                while let Some(&c) = chars.peek() {
                    match c {
                        ',' | '\n' => break,
                        '"' => {
                            return Err(invalid(format!(
                                "CSV parse error on line {line}: bare \" in non-quoted-field"
                            )));
                        }
                        other => {
                            field.push(other);
                            chars.next();
                        }
                    }
                }
            }
            record.push(field);
            match chars.next() {
                Some(',') => continue,
                Some(_) => {
                    line += 1;
                    break;
                }
                None => break,
            }
        }
        records.push((start, record));
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{UNKNOWN, check};

    #[test]
    fn encodings() {
        check(&[
            ("base64encode(\"hello\")", "\"aGVsbG8=\""),
            ("base64encode(\"é\")", "\"w6k=\""),
            ("base64decode(\"aGVsbG8=\")", "\"hello\""),
            ("base64decode(\"aGVs\\nbG8=\")", "\"hello\""),
            (
                "base64decode(\"!!\")",
                "error: failed to decode base64 data",
            ),
            ("base64decode(\"/w==\")", "error: not valid UTF-8"),
            ("base64decode(timestamp())", UNKNOWN),
            ("urlencode(\"a b&c/é~\")", "\"a+b%26c%2F%C3%A9~\""),
            (
                "textencodebase64(\"Hello\", \"UTF-16LE\")",
                "\"SABlAGwAbABvAA==\"",
            ),
            ("textencodebase64(\"Hi\", \"utf-16be\")", "\"AEgAaQ==\""),
            ("textencodebase64(\"Hi\", \"UTF-8\")", "\"SGk=\""),
            (
                "textdecodebase64(\"SABlAGwAbABvAA==\", \"UTF-16LE\")",
                "\"Hello\"",
            ),
            ("textdecodebase64(\"SAB=\", \"UTF-16LE\")", "error"),
            ("textencodebase64(\"Hi\", \"ISO-8859-1\")", "unsupported"),
        ]);
    }

    #[test]
    fn json() {
        check(&[
            (
                "jsonencode({b = [1, true, null], a = \"x\"})",
                "\"{\\\"a\\\":\\\"x\\\",\\\"b\\\":[1,true,null]}\"",
            ),
            (
                "jsonencode(\"<a&b>\")",
                "\"\\\"\\\\u003ca\\\\u0026b\\\\u003e\\\"\"",
            ),
            ("jsonencode(\"tab\\t\")", "\"\\\"tab\\\\t\\\"\""),
            ("jsonencode(1.5)", "\"1.5\""),
            (
                "jsonencode(100000000000000000000000)",
                "\"100000000000000000000000\"",
            ),
            ("jsonencode(0.0000001)", "\"0.0000001\""),
            (
                "jsonencode(toset([\"b\", \"a\"]))",
                "\"[\\\"a\\\",\\\"b\\\"]\"",
            ),
            ("jsonencode(null)", "\"null\""),
            ("jsonencode(timestamp())", UNKNOWN),
            (
                "jsonencode({a = timestamp()})",
                "(known after apply: JSON with parts known after apply)",
            ),
            (
                "jsondecode(\"{\\\"a\\\": [1, 2.5, null, true]}\")",
                "{a = [1, 2.5, null, true]}",
            ),
            ("jsondecode(\"\\\"x\\\"\")", "\"x\""),
            ("jsondecode(\"{oops\")", "error: invalid JSON"),
            ("jsondecode(\"\")", "error: invalid JSON"),
        ]);
    }

    #[test]
    fn csv() {
        check(&[
            (
                "csvdecode(\"a,b\\n1,\\\"x,\\\"\\\"y\\\"\\\"\\\"\\n\")",
                "[{a = \"1\", b = \"x,\\\"y\\\"\"}]",
            ),
            (
                "csvdecode(\"a,b\\r\\n\\r\\n1,2\")",
                "[{a = \"1\", b = \"2\"}]",
            ),
            ("csvdecode(\"a\\n\\\"x\\ny\\\"\\n\")", "[{a = \"x\\ny\"}]"),
            ("csvdecode(\"a,b\\n\")", "[]"),
            ("csvdecode(\"\")", "error: missing header line"),
            ("csvdecode(\"a,a\\n1,2\")", "error: duplicate column name"),
            (
                "csvdecode(\"a,b\\n1\")",
                "error: line 2: wrong number of fields",
            ),
            (
                "csvdecode(\"a\\nx\\\"y\")",
                "error: bare \" in non-quoted-field",
            ),
            (
                "csvdecode(\"a\\n\\\"x\\\"y\")",
                "error: extraneous or missing",
            ),
            ("csvdecode(\"a\\n\\\"x\")", "error: extraneous or missing"),
        ]);
    }
}
