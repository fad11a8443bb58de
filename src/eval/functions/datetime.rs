//! Date and time functions (`formatdate`, `timeadd`, `timecmp`) over RFC 3339 timestamps,
//! with the calendar arithmetic of [`crate::base::date`] rather than a date crate.

use super::{FnCtx, FnResult, arg_str, arity, bad_param, unknown_if_any};
use crate::base::date::{civil_from_days, days_from_civil, days_in_month};
use crate::model::value::Value;

/// A point in time: seconds since the epoch (UTC), nanoseconds, and the UTC offset it was
/// written with (kept, because Terraform prints results in that offset).
#[derive(Clone, Copy, Debug, PartialEq)]
struct Time {
    secs: i64,
    nanos: u32,
    offset: i64,
}

/// Fixed-width decimal digits of `s[range]`, within `lo..=hi`.
fn digits(s: &str, range: std::ops::Range<usize>, lo: i64, hi: i64) -> Option<i64> {
    let t = s.get(range)?;
    if !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse().ok().filter(|n| (lo..=hi).contains(n))
}

/// Parses RFC 3339 as Terraform does: `2024-01-02T03:04:05Z`, with optional fractional
/// seconds and an offset like `+02:00`; upper-case `T` and `Z` only.
fn parse_rfc3339(s: &str) -> Option<Time> {
    let b = s.as_bytes();
    if b.len() < 20
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b'T'
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let y = digits(s, 0..4, 0, 9999)?;
    let mo = digits(s, 5..7, 1, 12)?;
    let d = digits(s, 8..10, 1, days_in_month(y, mo))?;
    let (h, mi, sec) = (
        digits(s, 11..13, 0, 23)?,
        digits(s, 14..16, 0, 59)?,
        digits(s, 17..19, 0, 59)?,
    );
    let mut rest = &s[19..];
    let mut nanos = 0u32;
    if let Some(frac) = rest.strip_prefix('.') {
        let n = frac.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return None;
        }
        let padded = format!("{:0<9}", &frac[..n.min(9)]);
        nanos = padded.parse().ok()?;
        rest = &frac[n..];
    }
    let offset = match rest {
        "Z" => 0,
        _ if rest.len() == 6 && rest.as_bytes()[3] == b':' => {
            let sign = match rest.as_bytes()[0] {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            sign * (digits(rest, 1..3, 0, 23)? * 3600 + digits(rest, 4..6, 0, 59)? * 60)
        }
        _ => return None,
    };
    Some(Time {
        secs: days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec - offset,
        nanos,
        offset,
    })
}

fn timestamp_arg(v: &Value, param: &str) -> Result<Time, super::FnError> {
    let s = arg_str(v, param)?;
    parse_rfc3339(&s)
        .ok_or_else(|| bad_param(param, format!("not a valid RFC3339 timestamp: {s:?}")))
}

/// The wall-clock fields of a time in its own offset.
struct Fields {
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    minute: i64,
    second: i64,
    weekday: usize,
}

fn fields(t: Time) -> Fields {
    let local = t.secs + t.offset;
    let days = local.div_euclid(86400);
    let (year, month, day) = civil_from_days(days);
    let rem = local.rem_euclid(86400);
    Fields {
        year,
        month,
        day,
        hour: rem / 3600,
        minute: rem % 3600 / 60,
        second: rem % 60,
        // 1970-01-01 was a Thursday.
        weekday: (days + 4).rem_euclid(7) as usize,
    }
}

/// `-07:00` (with the colon) or `-0700` for the offset.
fn zone(offset: i64, colon: bool) -> String {
    let sign = if offset < 0 { '-' } else { '+' };
    let (h, m) = (offset.abs() / 3600, offset.abs() % 3600 / 60);
    if colon {
        format!("{sign}{h:02}:{m:02}")
    } else {
        format!("{sign}{h:02}{m:02}")
    }
}

/// RFC 3339 without fractional seconds, as Go's `time.RFC3339` layout prints.
fn format_rfc3339(t: Time) -> String {
    let f = fields(t);
    let z = if t.offset == 0 {
        "Z".to_string()
    } else {
        zone(t.offset, true)
    };
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{z}",
        f.year, f.month, f.day, f.hour, f.minute, f.second
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
const WEEKDAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

/// `formatdate(spec, timestamp)`: a timestamp in Terraform's date format syntax.
pub fn formatdate(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 2)?;
    unknown_if_any!(args);
    let spec = arg_str(&args[0], "format")?;
    let t = timestamp_arg(&args[1], "time")?;
    let f = fields(t);
    let chars: Vec<char> = spec.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if c == '\'' {
            // A quoted literal, where '' stands for one quote; '' alone is a quote too.
            if chars.get(i + 1) == Some(&'\'') {
                out.push('\'');
                i += 2;
                continue;
            }
            let mut j = i + 1;
            loop {
                match chars.get(j) {
                    None => return Err(bad_param("format", "unterminated literal '")),
                    Some('\'') if chars.get(j + 1) == Some(&'\'') => {
                        out.push('\'');
                        j += 2;
                    }
                    Some('\'') => break,
                    Some(&other) => {
                        out.push(other);
                        j += 1;
                    }
                }
            }
            i = j + 1;
            continue;
        }
        if !c.is_ascii_alphabetic() {
            out.push(c);
            i += 1;
            continue;
        }
        let run = chars[i..].iter().take_while(|&&x| x == c).count();
        i += run;
        let tok: String = std::iter::repeat_n(c, run).collect();
        let bad = |what: &str| {
            Err(bad_param(
                "format",
                format!("invalid date format verb {tok:?}{what}"),
            ))
        };
        let twelve = if f.hour % 12 == 0 { 12 } else { f.hour % 12 };
        let piece = match (c, run) {
            ('Y', 2) => format!("{:02}", f.year % 100),
            ('Y', 4) => format!("{:04}", f.year),
            ('Y', _) => return bad(": year must either be \"YY\" or \"YYYY\""),
            ('M', 1) => f.month.to_string(),
            ('M', 2) => format!("{:02}", f.month),
            ('M', 3) => MONTHS[(f.month - 1) as usize][..3].to_string(),
            ('M', 4) => MONTHS[(f.month - 1) as usize].to_string(),
            ('M', _) => return bad(": month must be \"M\", \"MM\", \"MMM\", or \"MMMM\""),
            ('D', 1) => f.day.to_string(),
            ('D', 2) => format!("{:02}", f.day),
            ('D', _) => return bad(": day of month must either be \"D\" or \"DD\""),
            ('E', 3) => WEEKDAYS[f.weekday][..3].to_string(),
            ('E', 4) => WEEKDAYS[f.weekday].to_string(),
            ('E', _) => return bad(": day of week must either be \"EEE\" or \"EEEE\""),
            ('h', 1) => f.hour.to_string(),
            ('h', 2) => format!("{:02}", f.hour),
            ('h', _) => return bad(": 24-hour must either be \"h\" or \"hh\""),
            ('H', 1) => twelve.to_string(),
            ('H', 2) => format!("{twelve:02}"),
            ('H', _) => return bad(": 12-hour must either be \"H\" or \"HH\""),
            ('A' | 'a', 2) => {
                let s = if f.hour < 12 { "AM" } else { "PM" };
                if c == 'a' {
                    s.to_lowercase()
                } else {
                    s.to_string()
                }
            }
            ('A' | 'a', _) => return bad(&format!(": must be \"{c}{c}\"")),
            ('m', 1) => f.minute.to_string(),
            ('m', 2) => format!("{:02}", f.minute),
            ('m', _) => return bad(": minute must either be \"m\" or \"mm\""),
            ('s', 1) => f.second.to_string(),
            ('s', 2) => format!("{:02}", f.second),
            ('s', _) => return bad(": second must either be \"s\" or \"ss\""),
            ('Z', 1) if t.offset == 0 => "Z".to_string(),
            ('Z', 1) => zone(t.offset, true),
            ('Z', 3) if t.offset == 0 => "UTC".to_string(),
            ('Z', 3 | 4) => zone(t.offset, false),
            ('Z', 5) => zone(t.offset, true),
            ('Z', _) => return bad(": timezone must be Z, ZZZZ, or ZZZZZ"),
            _ => return bad(""),
        };
        out.push_str(&piece);
    }
    Ok(Value::string(out))
}

/// Parses a Go duration (`1h30m`, `-10s`, `1.5h`, `300ms`) into seconds.
fn parse_duration(s: &str) -> Option<f64> {
    let (neg, mut rest) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    if rest == "0" {
        return Some(0.0);
    }
    if rest.is_empty() {
        return None;
    }
    let mut total = 0.0;
    while !rest.is_empty() {
        let n_len = rest.find(|c: char| !(c.is_ascii_digit() || c == '.'))?;
        let number = &rest[..n_len];
        if number.is_empty() || number == "." {
            return None;
        }
        let n: f64 = number.parse().ok()?;
        rest = &rest[n_len..];
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let mult = match &rest[..unit_len] {
            "ns" => 1e-9,
            "us" | "µs" | "μs" => 1e-6,
            "ms" => 1e-3,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            _ => return None,
        };
        total += n * mult;
        rest = &rest[unit_len..];
    }
    // Go durations are int64 nanoseconds: about 292 years.
    (total <= 9.223_372_036e9).then_some(if neg { -total } else { total })
}

/// `timeadd(timestamp, duration)`: the timestamp moved by a Go duration, in its own offset.
pub fn timeadd(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 2)?;
    unknown_if_any!(args);
    let t = timestamp_arg(&args[0], "timestamp")?;
    let dur = arg_str(&args[1], "duration")?;
    let secs = parse_duration(&dur)
        .ok_or_else(|| bad_param("duration", format!("time: invalid duration {dur:?}")))?;
    let whole = secs.trunc() as i64;
    let nanos = i64::from(t.nanos) + (secs.fract() * 1e9).round() as i64;
    let out = Time {
        secs: t.secs + whole + nanos.div_euclid(1_000_000_000),
        nanos: nanos.rem_euclid(1_000_000_000) as u32,
        offset: t.offset,
    };
    Ok(Value::string(format_rfc3339(out)))
}

/// `timecmp(a, b)`: -1, 0 or 1 as timestamp `a` is before, at or after `b`.
pub fn timecmp(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 2)?;
    unknown_if_any!(args);
    let a = timestamp_arg(&args[0], "timestamp_a")?;
    let b = timestamp_arg(&args[1], "timestamp_b")?;
    Ok(Value::Number(
        match (a.secs, a.nanos).cmp(&(b.secs, b.nanos)) {
            std::cmp::Ordering::Less => -1.0,
            std::cmp::Ordering::Equal => 0.0,
            std::cmp::Ordering::Greater => 1.0,
        },
    ))
}

/// A YAML timestamp (`2001-12-14`, `2001-12-14t21:59:43.10-05:00`, `2001-12-14 21:59:43`)
/// as the RFC 3339 string Terraform's `yamldecode` turns it into.
pub(crate) fn yaml_timestamp(s: &str) -> Option<String> {
    let (date, time) = match s.find(['T', 't', ' ']) {
        Some(i) => (&s[..i], Some((&s[i..i + 1], &s[i + 1..]))),
        None => (s, None),
    };
    let mut parts = date.split('-');
    let (y, mo, d) = (parts.next()?, parts.next()?, parts.next()?);
    let short = |p: &str| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some() || y.len() != 4 || !y.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !short(mo) || !short(d) {
        return None;
    }
    let (y, mo, d): (i64, i64, i64) = (y.parse().ok()?, mo.parse().ok()?, d.parse().ok()?);
    if !(1..=12).contains(&mo) || d < 1 || d > days_in_month(y, mo) {
        return None;
    }
    let mut secs = days_from_civil(y, mo, d) * 86400;
    let mut offset = 0;
    if let Some((sep, rest)) = time {
        // The space-separated form has no zone; the `T` forms must have one.
        let (clock, zone) = if sep == " " {
            (rest, "")
        } else if let Some(c) = rest.strip_suffix('Z') {
            (c, "Z")
        } else {
            let i = rest.rfind(['+', '-'])?;
            (&rest[..i], &rest[i..])
        };
        let clock = clock.split('.').next()?;
        let mut hms = clock.split(':');
        let (h, m, sec) = (hms.next()?, hms.next()?, hms.next()?);
        if hms.next().is_some() || !short(h) || !short(m) || !short(sec) {
            return None;
        }
        let (h, m, sec): (i64, i64, i64) = (h.parse().ok()?, m.parse().ok()?, sec.parse().ok()?);
        if h > 23 || m > 59 || sec > 59 {
            return None;
        }
        if !zone.is_empty() && zone != "Z" {
            let z = zone.as_bytes();
            if z.len() != 6 || z[3] != b':' {
                return None;
            }
            let sign = if z[0] == b'-' { -1 } else { 1 };
            offset = sign * (digits(zone, 1..3, 0, 23)? * 3600 + digits(zone, 4..6, 0, 59)? * 60);
        }
        secs += h * 3600 + m * 60 + sec - offset;
    }
    Some(format_rfc3339(Time {
        secs,
        nanos: 0,
        offset,
    }))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{UNKNOWN, check};

    #[test]
    fn dates() {
        check(&[
            (
                "formatdate(\"DD MMM YYYY hh:mm ZZZ\", \"2018-01-02T23:12:01Z\")",
                "\"02 Jan 2018 23:12 UTC\"",
            ),
            (
                "formatdate(\"EEEE, MMMM D, YYYY\", \"2018-01-02T23:12:01Z\")",
                "\"Tuesday, January 2, 2018\"",
            ),
            (
                "formatdate(\"EEE, hh:mm:ss ZZZZZ\", \"2018-01-02T23:12:01-08:00\")",
                "\"Tue, 23:12:01 -08:00\"",
            ),
            (
                "formatdate(\"h:mm AA, H:mm aa\", \"2018-01-02T00:05:00Z\")",
                "\"0:05 AM, 12:05 am\"",
            ),
            (
                "formatdate(\"HH 'o''clock' ''\", \"2018-01-02T15:04:05Z\")",
                "\"03 o'clock '\"",
            ),
            (
                "formatdate(\"YY M/D s Z ZZZZ ZZZ\", \"2024-02-29T23:05:09+05:30\")",
                "\"24 2/29 9 +05:30 +0530 +0530\"",
            ),
            (
                "formatdate(\"Z ZZZZ\", \"2024-02-29T23:05:09Z\")",
                "\"Z +0000\"",
            ),
            (
                "formatdate(\"YYYY-MM-DD\", \"2024-03-10T23:30:00.123456789-02:00\")",
                "\"2024-03-10\"",
            ),
            (
                "formatdate(\"YYY\", \"2024-01-01T00:00:00Z\")",
                "error: year must either be",
            ),
            (
                "formatdate(\"x\", \"2024-01-01T00:00:00Z\")",
                "error: invalid date format verb",
            ),
            (
                "formatdate(\"'open\", \"2024-01-01T00:00:00Z\")",
                "error: unterminated literal",
            ),
            (
                "formatdate(\"YYYY\", \"2024-02-30T00:00:00Z\")",
                "error: not a valid RFC3339 timestamp",
            ),
            (
                "formatdate(\"YYYY\", \"2024-01-01t00:00:00z\")",
                "error: not a valid RFC3339",
            ),
            ("formatdate(\"YYYY\", \"2024-01-01T00:00:60Z\")", "error"),
            ("formatdate(\"YYYY\", \"2024-01-01\")", "error"),
            ("formatdate(\"YYYY\", timestamp())", UNKNOWN),
            (
                "timeadd(\"2024-01-01T00:00:00Z\", \"1h30m\")",
                "\"2024-01-01T01:30:00Z\"",
            ),
            (
                "timeadd(\"2024-03-01T00:00:00Z\", \"-24h\")",
                "\"2024-02-29T00:00:00Z\"",
            ),
            (
                "timeadd(\"2024-01-01T23:00:00+02:00\", \"1.5h\")",
                "\"2024-01-02T00:30:00+02:00\"",
            ),
            (
                "timeadd(\"2024-01-01T00:00:00.5Z\", \"600ms\")",
                "\"2024-01-01T00:00:01Z\"",
            ),
            (
                "timeadd(\"2024-01-01T00:00:00Z\", \"0\")",
                "\"2024-01-01T00:00:00Z\"",
            ),
            (
                "timeadd(\"2024-01-01T00:00:00Z\", \"1x\")",
                "error: invalid duration",
            ),
            (
                "timeadd(\"2024-01-01T00:00:00Z\", \"5\")",
                "error: invalid duration",
            ),
            (
                "timeadd(\"2024-01-01T00:00:00Z\", \"99999999h\")",
                "error: invalid duration",
            ),
            (
                "timecmp(\"2024-01-01T00:00:00Z\", \"2024-01-01T01:00:00+01:00\")",
                "0",
            ),
            (
                "timecmp(\"2024-01-01T00:00:00Z\", \"2024-01-02T00:00:00Z\")",
                "-1",
            ),
            (
                "timecmp(\"2024-01-01T00:00:00.1Z\", \"2024-01-01T00:00:00Z\")",
                "1",
            ),
            (
                "timecmp(\"2024-01-01\", \"2024-01-02T00:00:00Z\")",
                "error: timestamp_a",
            ),
        ]);
    }

    #[test]
    fn yaml_timestamps() {
        for (s, want) in [
            ("2001-12-14", Some("2001-12-14T00:00:00Z")),
            ("2001-1-2", Some("2001-01-02T00:00:00Z")),
            (
                "2001-12-14t21:59:43.10-05:00",
                Some("2001-12-14T21:59:43-05:00"),
            ),
            ("2001-12-14T21:59:43Z", Some("2001-12-14T21:59:43Z")),
            ("2001-12-14 21:59:43.10", Some("2001-12-14T21:59:43Z")),
            ("2001-12-14T21:59:43", None),
            ("2001-02-30", None),
            ("12-14-2001", None),
            ("1.2.3", None),
        ] {
            assert_eq!(super::yaml_timestamp(s).as_deref(), want, "{s}");
        }
    }
}
