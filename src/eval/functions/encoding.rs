//! Encoding, hashing and date functions.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use sha1::Digest as _;

use super::{FnCtx, FnResult, arg_str, arity, invalid, unknown_if_any};
use crate::eval::value::{Map, Value, format_number};

pub fn text(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    let expected = match name {
        "textencodebase64" | "textdecodebase64" => 2,
        _ => 1,
    };
    arity(name, args, expected)?;
    unknown_if_any!(args);
    if expected == 2 {
        let enc = arg_str(&args[1], "the encoding")?;
        if !enc.eq_ignore_ascii_case("utf-8") && !enc.eq_ignore_ascii_case("utf8") {
            return Err(super::FnError::Unsupported(format!(
                "{name} with encoding {enc}"
            )));
        }
    }
    let s = arg_str(&args[0], "the argument")?;
    Ok(Value::string(match name {
        "base64encode" | "textencodebase64" => B64.encode(s.as_bytes()),
        "base64decode" | "textdecodebase64" => {
            let bytes = B64
                .decode(s.as_bytes())
                .map_err(|e| invalid(format!("{name}(): invalid base64: {e}")))?;
            String::from_utf8(bytes)
                .map_err(|_| invalid(format!("{name}(): the result is not UTF-8 text")))?
        }
        _ => urlencode(&s),
    }))
}

fn urlencode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

pub fn jsonencode(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 1)?;
    match args[0].to_json() {
        Some(json) => Ok(Value::string(
            serde_json::to_string(&json).map_err(|e| invalid(e.to_string()))?,
        )),
        None if args[0].is_unknown() => Ok(Value::unknown()),
        // The text is unknown, but policy rules can still read its structure.
        None => Ok(Value::Unknown(crate::eval::value::Unknown::Encoded {
            value: std::sync::Arc::new(args[0].clone()),
        })),
    }
}

pub fn jsondecode(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 1)?;
    unknown_if_any!(args);
    let s = arg_str(&args[0], "the argument")?;
    let json: serde_json::Value = serde_json::from_str(&s)
        .map_err(|e| invalid(format!("jsondecode(): invalid JSON: {e}")))?;
    Ok(Value::from_json(&json))
}

pub fn csvdecode(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 1)?;
    unknown_if_any!(args);
    let s = arg_str(&args[0], "the argument")?;
    let mut rows = parse_csv(&s)?.into_iter();
    let Some(header) = rows.next() else {
        return Ok(Value::list(Vec::new()));
    };
    let mut out = Vec::new();
    for (n, row) in rows.enumerate() {
        if row.len() != header.len() {
            return Err(invalid(format!(
                "csvdecode(): row {} has {} fields, the header {}",
                n + 2,
                row.len(),
                header.len()
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

/// RFC 4180 CSV: quoted fields with doubled quotes, CRLF or LF rows.
fn parse_csv(s: &str) -> Result<Vec<Vec<String>>, super::FnError> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = s.chars().peekable();
    let mut quoted = false;
    let mut any = false;
    while let Some(c) = chars.next() {
        any = true;
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    field.push('"');
                    chars.next();
                }
                '"' => quoted = false,
                other => field.push(other),
            }
            continue;
        }
        match c {
            '"' => quoted = true,
            ',' => row.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                any = false;
            }
            other => field.push(other),
        }
    }
    if quoted {
        return Err(invalid("csvdecode(): unterminated quoted field"));
    }
    if any {
        row.push(field);
        rows.push(row);
    }
    Ok(rows)
}

pub fn yamlencode(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 1)?;
    if args[0].contains_unknown() {
        return Ok(Value::unknown());
    }
    let mut out = String::new();
    yaml(&args[0], 0, &mut out);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    Ok(Value::string(out))
}

fn yaml_scalar(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => format_number(*n),
        Value::String(s) => serde_json::Value::String(s.to_string()).to_string(),
        _ => String::new(),
    }
}

fn yaml(v: &Value, indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    match v {
        Value::List(items) | Value::Set(items) if !items.is_empty() => {
            for item in items.iter() {
                out.push_str(&format!("{pad}- "));
                if is_scalar(item) || is_empty_collection(item) {
                    out.push_str(&inline(item));
                    out.push('\n');
                } else {
                    let mut inner = String::new();
                    yaml(item, indent + 2, &mut inner);
                    out.push_str(inner.trim_start());
                }
            }
        }
        Value::Object(obj) if !obj.fields.is_empty() => {
            for (k, item) in &obj.fields {
                let key = serde_json::Value::String(k.clone()).to_string();
                if is_scalar(item) || is_empty_collection(item) {
                    out.push_str(&format!("{pad}{key}: {}\n", inline(item)));
                } else {
                    out.push_str(&format!("{pad}{key}:\n"));
                    // Sequences under a key are not indented, as YAML emitters write them.
                    let inner = if matches!(item, Value::List(_) | Value::Set(_)) {
                        indent
                    } else {
                        indent + 2
                    };
                    yaml(item, inner, out);
                }
            }
        }
        other => {
            out.push_str(&pad);
            out.push_str(&inline(other));
            out.push('\n');
        }
    }
}

fn is_scalar(v: &Value) -> bool {
    matches!(
        v,
        Value::Null | Value::Bool(_) | Value::Number(_) | Value::String(_)
    )
}

fn is_empty_collection(v: &Value) -> bool {
    match v {
        Value::List(i) | Value::Set(i) => i.is_empty(),
        Value::Object(o) => o.fields.is_empty(),
        _ => false,
    }
}

fn inline(v: &Value) -> String {
    match v {
        Value::List(_) | Value::Set(_) => "[]".into(),
        Value::Object(_) => "{}".into(),
        other => yaml_scalar(other),
    }
}

pub fn hash(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 1)?;
    unknown_if_any!(args);
    let s = arg_str(&args[0], "the argument")?;
    Ok(Value::string(digest(name, s.as_bytes())))
}

/// Hex (or base64 for `base64sha*`) digest of bytes, by function name.
pub(crate) fn digest(name: &str, bytes: &[u8]) -> String {
    let hex = |d: &[u8]| d.iter().map(|b| format!("{b:02x}")).collect::<String>();
    match name.trim_start_matches("file") {
        "md5" => hex(&md5::Md5::digest(bytes)),
        "sha1" => hex(&sha1::Sha1::digest(bytes)),
        "sha256" => hex(&sha2::Sha256::digest(bytes)),
        "sha512" => hex(&sha2::Sha512::digest(bytes)),
        "base64sha256" => B64.encode(sha2::Sha256::digest(bytes)),
        _ => B64.encode(sha2::Sha512::digest(bytes)),
    }
}

/// A point in time: seconds since the epoch (UTC) and the offset it was written with.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Time {
    secs: i64,
    nanos: u32,
    offset: i64,
}

/// Parses RFC 3339 (`2024-01-02T03:04:05Z`, `...+02:00`, fractional seconds).
fn parse_rfc3339(s: &str) -> Option<Time> {
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<i64>().ok();
    if b.len() < 20
        || b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b't')
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let (y, mo, d, h, mi, sec) = (
        num(0..4)?,
        num(5..7)?,
        num(8..10)?,
        num(11..13)?,
        num(14..16)?,
        num(17..19)?,
    );
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || sec > 60 {
        return None;
    }
    let mut i = 19;
    let mut nanos = 0u32;
    if b.get(i) == Some(&b'.') {
        let start = i + 1;
        i = start;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        let frac = s.get(start..i)?;
        let padded = format!("{frac:0<9}");
        nanos = padded.get(..9)?.parse().ok()?;
    }
    let offset = match b.get(i)? {
        b'Z' | b'z' if i + 1 == b.len() => 0,
        b'+' | b'-' if i + 6 == b.len() && b[i + 3] == b':' => {
            let sign = if b[i] == b'-' { -1 } else { 1 };
            sign * (num(i + 1..i + 3)? * 3600 + num(i + 4..i + 6)? * 60)
        }
        _ => return None,
    };
    let days = days_from_civil(y, mo, d);
    Some(Time {
        secs: days * 86400 + h * 3600 + mi * 60 + sec - offset,
        nanos,
        offset,
    })
}

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

fn format_rfc3339(t: Time) -> String {
    let local = t.secs + t.offset;
    let (y, m, d) = civil_from_days(local.div_euclid(86400));
    let rem = local.rem_euclid(86400);
    let frac = if t.nanos == 0 {
        String::new()
    } else {
        format!(".{:09}", t.nanos).trim_end_matches('0').to_string()
    };
    let zone = if t.offset == 0 {
        "Z".to_string()
    } else {
        let sign = if t.offset < 0 { '-' } else { '+' };
        format!(
            "{sign}{:02}:{:02}",
            t.offset.abs() / 3600,
            t.offset.abs() % 3600 / 60
        )
    };
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}{frac}{zone}",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DAYS: [&str; 7] = [
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
];

pub fn formatdate(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 2)?;
    unknown_if_any!(args);
    let spec = arg_str(&args[0], "the format")?;
    let ts = arg_str(&args[1], "the timestamp")?;
    let t = parse_rfc3339(&ts)
        .ok_or_else(|| invalid(format!("formatdate(): {ts:?} is not an RFC 3339 timestamp")))?;
    let local = t.secs + t.offset;
    let days = local.div_euclid(86400);
    let (y, mo, d) = civil_from_days(days);
    let rem = local.rem_euclid(86400);
    let (h, mi, s) = (rem / 3600, rem % 3600 / 60, rem % 60);
    let weekday = DAYS[days.rem_euclid(7) as usize];
    let month = MONTHS[(mo - 1) as usize];
    let chars: Vec<char> = spec.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\'' {
            let end = chars[i + 1..]
                .iter()
                .position(|&x| x == '\'')
                .map(|p| p + i + 1);
            let Some(end) = end else {
                return Err(invalid("formatdate(): unterminated quoted literal"));
            };
            if end == i + 1 {
                out.push('\'');
            } else {
                out.extend(&chars[i + 1..end]);
            }
            i = end + 1;
            continue;
        }
        let run = chars[i..].iter().take_while(|&&x| x == c).count();
        let tok: String = std::iter::repeat_n(c, run).collect();
        let zone = |colon: bool| {
            if t.offset == 0 && !colon {
                return "+0000".to_string();
            }
            let sign = if t.offset < 0 { '-' } else { '+' };
            let (oh, om) = (t.offset.abs() / 3600, t.offset.abs() % 3600 / 60);
            if colon {
                format!("{sign}{oh:02}:{om:02}")
            } else {
                format!("{sign}{oh:02}{om:02}")
            }
        };
        let piece = match tok.as_str() {
            "YYYY" => format!("{y:04}"),
            "YY" => format!("{:02}", y % 100),
            "MMMM" => month.to_string(),
            "MMM" => month[..3].to_string(),
            "MM" => format!("{mo:02}"),
            "M" => mo.to_string(),
            "DD" => format!("{d:02}"),
            "D" => d.to_string(),
            "EEEE" => weekday.to_string(),
            "EEE" => weekday[..3].to_string(),
            "hh" => format!("{h:02}"),
            "h" => h.to_string(),
            "HH" => format!("{:02}", if h % 12 == 0 { 12 } else { h % 12 }),
            "H" => (if h % 12 == 0 { 12 } else { h % 12 }).to_string(),
            "AA" => if h < 12 { "AM" } else { "PM" }.to_string(),
            "aa" => if h < 12 { "am" } else { "pm" }.to_string(),
            "mm" => format!("{mi:02}"),
            "m" => mi.to_string(),
            "ss" => format!("{s:02}"),
            "s" => s.to_string(),
            "ZZZZZ" => zone(true),
            "ZZZZ" => zone(false),
            "ZZZ" => {
                if t.offset == 0 {
                    "UTC".to_string()
                } else {
                    zone(false)
                }
            }
            "Z" => {
                if t.offset == 0 {
                    "Z".to_string()
                } else {
                    zone(true)
                }
            }
            _ if c.is_ascii_alphabetic() => {
                return Err(invalid(format!(
                    "formatdate(): invalid format token {tok:?}"
                )));
            }
            _ => tok.clone(),
        };
        out.push_str(&piece);
        i += run;
    }
    Ok(Value::string(out))
}

/// Parses a Go-style duration: `1h30m`, `-10s`, `1.5h`, `300ms`.
fn parse_duration(s: &str) -> Option<f64> {
    let (neg, mut rest) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    if rest == "0" {
        return Some(0.0);
    }
    let mut total = 0.0;
    if rest.is_empty() {
        return None;
    }
    while !rest.is_empty() {
        let n_len = rest.find(|c: char| !(c.is_ascii_digit() || c == '.'))?;
        let n: f64 = rest[..n_len].parse().ok()?;
        rest = &rest[n_len..];
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let mult = match &rest[..unit_len] {
            "ns" => 1e-9,
            "us" | "µs" => 1e-6,
            "ms" => 1e-3,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            _ => return None,
        };
        total += n * mult;
        rest = &rest[unit_len..];
    }
    Some(if neg { -total } else { total })
}

pub fn timeadd(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 2)?;
    unknown_if_any!(args);
    let ts = arg_str(&args[0], "the timestamp")?;
    let t = parse_rfc3339(&ts)
        .ok_or_else(|| invalid(format!("timeadd(): {ts:?} is not an RFC 3339 timestamp")))?;
    let dur = arg_str(&args[1], "the duration")?;
    let secs = parse_duration(&dur)
        .ok_or_else(|| invalid(format!("timeadd(): invalid duration {dur:?}")))?;
    let total_nanos = t.nanos as f64 + secs.fract() * 1e9;
    let extra = total_nanos.div_euclid(1e9);
    let out = Time {
        secs: t.secs + secs.trunc() as i64 + extra as i64,
        nanos: total_nanos.rem_euclid(1e9) as u32,
        offset: 0,
    };
    Ok(Value::string(format_rfc3339(out)))
}

pub fn timecmp(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 2)?;
    unknown_if_any!(args);
    let parse = |v: &Value| -> Result<Time, super::FnError> {
        let s = arg_str(v, "every timestamp")?;
        parse_rfc3339(&s)
            .ok_or_else(|| invalid(format!("timecmp(): {s:?} is not an RFC 3339 timestamp")))
    };
    let (a, b) = (parse(&args[0])?, parse(&args[1])?);
    Ok(Value::Number(
        match (a.secs, a.nanos).cmp(&(b.secs, b.nanos)) {
            std::cmp::Ordering::Less => -1.0,
            std::cmp::Ordering::Equal => 0.0,
            std::cmp::Ordering::Greater => 1.0,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::check;

    #[test]
    fn encodings_and_hashes() {
        check(&[
            ("base64encode(\"hello\")", "\"aGVsbG8=\""),
            ("base64decode(\"aGVsbG8=\")", "\"hello\""),
            ("base64decode(\"!!\")", "error"),
            ("urlencode(\"a b&c/é\")", "\"a+b%26c%2F%C3%A9\""),
            (
                "jsonencode({b = [1, true, null], a = \"x\"})",
                "\"{\\\"a\\\":\\\"x\\\",\\\"b\\\":[1,true,null]}\"",
            ),
            ("jsondecode(\"{\\\"a\\\": [1, 2.5]}\")", "{a = [1, 2.5]}"),
            ("jsondecode(\"{oops\")", "error"),
            (
                "jsonencode(timestamp())",
                "(known after apply: known after apply)",
            ),
            (
                "csvdecode(\"a,b\\n1,\\\"x,\\\"\\\"y\\\"\\\"\\\"\\n\")",
                "[{a = \"1\", b = \"x,\\\"y\\\"\"}]",
            ),
            (
                "yamlencode({a = [1, \"x\"], b = {}})",
                "\"\\\"a\\\":\\n- 1\\n- \\\"x\\\"\\n\\\"b\\\": {}\\n\"",
            ),
            ("md5(\"abc\")", "\"900150983cd24fb0d6963f7d28e17f72\""),
            (
                "sha1(\"abc\")",
                "\"a9993e364706816aba3e25717850c26c9cd0d89d\"",
            ),
            (
                "base64sha256(\"abc\")",
                "\"ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=\"",
            ),
        ]);
    }

    #[test]
    fn dates() {
        check(&[
            (
                "formatdate(\"YYYY-MM-DD hh:mm:ss ZZZ\", \"2024-02-29T23:05:09Z\")",
                "\"2024-02-29 23:05:09 UTC\"",
            ),
            (
                "formatdate(\"EEEE, D MMMM YY 'at' H:mm aa\", \"2018-01-02T15:04:05+02:00\")",
                "\"Tuesday, 2 January 18 at 3:04 pm\"",
            ),
            ("formatdate(\"YYYY\", \"not a date\")", "error"),
            (
                "timeadd(\"2024-01-01T00:00:00Z\", \"1h30m\")",
                "\"2024-01-01T01:30:00Z\"",
            ),
            (
                "timeadd(\"2024-03-01T00:00:00Z\", \"-24h\")",
                "\"2024-02-29T00:00:00Z\"",
            ),
            ("timeadd(\"2024-01-01T00:00:00Z\", \"1x\")", "error"),
            (
                "timecmp(\"2024-01-01T00:00:00Z\", \"2024-01-01T01:00:00+01:00\")",
                "0",
            ),
            (
                "timecmp(\"2024-01-01T00:00:00Z\", \"2024-01-02T00:00:00Z\")",
                "-1",
            ),
        ]);
    }
}
