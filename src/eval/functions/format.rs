//! `format` and `formatlist`: Terraform's printf, whose numbers print as Go's `fmt` prints them.

use super::encoding::{json_quote, json_text};
use super::string::graphemes;
use super::{
    FnCtx, FnError, FnResult, MAX_ELEMENTS, arg_str, arity_min, bad_param, check_len, invalid,
};
use crate::model::value::{Unknown, Value};

/// `format(spec, args...)`: printf-style formatting.
pub fn format(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity_min(args, 1)?;
    if args.iter().any(Value::contains_unknown) {
        // The text after the last verb is known: `format("arn:%s:iam::aws:policy/%s", p, n)`
        // with an unknown partition still ends with what follows the last `%s` (as a
        // template's unknown keeps its known text).
        if let Value::String(spec) = &args[0]
            && let Some(end) = known_suffix(spec)
            && end.len() <= 256
        {
            return Ok(Value::Unknown(Unknown::Template {
                text: end.into(),
                holes: vec![0].into(),
            }));
        }
        return Ok(Value::unknown());
    }
    let spec = arg_str(&args[0], "format")?;
    sprintf(&spec, &args[1..]).map(Value::string)
}

/// The literal text after the last verb of a format spec (`%%` read as `%`); `None` when the
/// spec has no verb.
fn known_suffix(spec: &str) -> Option<String> {
    let chars: Vec<char> = spec.chars().collect();
    let (mut i, mut out, mut verb) = (0, String::new(), false);
    while i < chars.len() {
        if chars[i] == '%' {
            if chars.get(i + 1) == Some(&'%') {
                out.push('%');
                i += 2;
                continue;
            }
            // Flags, an argument index, width and precision, then the verb's letter.
            let mut j = i + 1;
            while j < chars.len() && !chars[j].is_ascii_alphabetic() {
                j += 1;
            }
            i = j + 1;
            out.clear();
            verb = true;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    verb.then_some(out)
}

/// `formatlist(spec, args...)`: `format` applied element by element across list arguments.
pub fn formatlist(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity_min(args, 1)?;
    let (spec, rest) = (&args[0], &args[1..]);
    if spec.is_unknown() || rest.iter().any(Value::is_unknown) {
        return Ok(Value::unknown());
    }
    let spec = arg_str(spec, "format")?;
    let mut len: Option<(usize, usize)> = None;
    for (i, a) in rest.iter().enumerate() {
        let Some(items) = a.as_seq() else { continue };
        match len {
            Some((l, first)) if l != items.len() => {
                return Err(invalid(format!(
                    "argument {} has length {}, which is inconsistent with argument {} of length {l}",
                    i + 1,
                    items.len(),
                    first + 1
                )));
            }
            Some(_) => {}
            None => len = Some((items.len(), i)),
        }
    }
    let n = len.map_or(1, |(l, _)| l);
    if n > MAX_ELEMENTS {
        return Err(invalid(format!("more than {MAX_ELEMENTS} results")));
    }
    let mut out = Vec::with_capacity(n);
    let mut total = 0usize;
    for i in 0..n {
        let row: Vec<Value> = rest
            .iter()
            .map(|a| match a.as_seq() {
                Some(items) => items.get(i).cloned().unwrap_or(Value::Null),
                None => a.clone(),
            })
            .collect();
        if row.iter().any(Value::contains_unknown) {
            out.push(Value::unknown());
            continue;
        }
        let s = sprintf(&spec, &row)
            .map_err(|e| invalid(format!("error on format iteration {i}: {}", message(e))))?;
        total += s.len();
        check_len(total)?;
        out.push(Value::string(s));
    }
    Ok(Value::list(out))
}

fn message(e: FnError) -> String {
    match e {
        FnError::Invalid(m) | FnError::Unsupported(m) | FnError::Refused(m) => m,
    }
}

/// One `%` verb.
#[derive(Default)]
struct Verb {
    zero: bool,
    sharp: bool,
    minus: bool,
    plus: bool,
    space: bool,
    width: Option<usize>,
    prec: Option<usize>,
    mode: char,
}

/// Reads a decimal number with no leading zero, as the verb syntax has them.
fn number(chars: &[char], i: &mut usize) -> Result<Option<usize>, FnError> {
    if !chars.get(*i).is_some_and(|c| ('1'..='9').contains(c)) {
        return Ok(None);
    }
    let mut n: usize = 0;
    while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|&n| n <= super::MAX_STRING)
            .ok_or_else(|| invalid(format!("number too large in format string at offset {i}")))?;
        *i += 1;
    }
    Ok(Some(n))
}

/// Terraform's format verbs: `%v %#v %t %b %d %o %x %X %e %E %f %g %G %s %q %%`, flags
/// `0 # - + space`, width, precision, and `%[n]` argument indexes (after the precision).
fn sprintf(spec: &str, args: &[Value]) -> Result<String, FnError> {
    let chars: Vec<char> = spec.chars().collect();
    let mut out = String::new();
    let (mut i, mut next_arg, mut highest) = (0, 1usize, 0usize);
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        if chars.get(i) == Some(&'%') {
            out.push('%');
            i += 1;
            continue;
        }
        let mut verb = Verb::default();
        while let Some(&f) = chars.get(i) {
            match f {
                '0' => verb.zero = true,
                '#' => verb.sharp = true,
                '-' => verb.minus = true,
                '+' => verb.plus = true,
                ' ' => verb.space = true,
                _ => break,
            }
            i += 1;
        }
        verb.width = number(&chars, &mut i)?;
        if chars.get(i) == Some(&'.') {
            i += 1;
            let mut p: usize = 0;
            while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
                p = p
                    .checked_mul(10)
                    .and_then(|p| p.checked_add(d as usize))
                    .filter(|&p| p <= super::MAX_STRING)
                    .ok_or_else(|| invalid("precision too large in format string"))?;
                i += 1;
            }
            verb.prec = Some(p);
        }
        let mut arg_num = next_arg;
        if chars.get(i) == Some(&'[') {
            i += 1;
            arg_num = number(&chars, &mut i)?
                .ok_or_else(|| invalid(format!("invalid format string starting at offset {i}")))?;
            if chars.get(i) != Some(&']') {
                return Err(invalid(format!(
                    "invalid format string starting at offset {i}"
                )));
            }
            i += 1;
        }
        verb.mode = match chars.get(i) {
            Some(&m) if m.is_ascii_alphabetic() => m,
            Some(&m) => {
                return Err(invalid(format!(
                    "unrecognized format character {m:?} at offset {i}"
                )));
            }
            None => {
                return Err(invalid(format!(
                    "invalid format string starting at offset {start}"
                )));
            }
        };
        i += 1;
        let raw: String = chars[start..i].iter().collect();
        highest = highest.max(arg_num);
        next_arg = arg_num + 1;
        let Some(arg) = args.get(arg_num - 1) else {
            return Err(invalid(format!(
                "not enough arguments for {raw:?} at {start}: need index {arg_num} but have {} total",
                args.len()
            )));
        };
        let piece = append(&verb, arg).map_err(|problem| {
            invalid(format!(
                "unsupported value for {raw:?} at {start}: {problem}"
            ))
        })?;
        out.push_str(&piece);
        check_len(out.len())?;
    }
    if highest < args.len() {
        let problem = if highest == 0 {
            "too many arguments; no verbs in format string".to_string()
        } else {
            format!("too many arguments; only {highest} used by format string")
        };
        return Err(bad_param("args", problem));
    }
    Ok(out)
}

/// Formats one argument; the error is the problem with the value.
fn append(verb: &Verb, arg: &Value) -> Result<String, String> {
    if verb.mode != 'v' && arg.is_null() {
        return Err("null value cannot be formatted".into());
    }
    match verb.mode {
        'v' => {
            let s = match arg {
                Value::String(s) if !verb.sharp => s.to_string(),
                Value::Number(n) if !verb.sharp => float(*n, 'g', None),
                other => json_text(other).ok_or("value is not known")?,
            };
            Ok(pad(verb, s))
        }
        't' => Ok(arg
            .to_bool()
            .ok_or_else(|| format!("bool required, got {}", arg.type_name()))?
            .to_string()),
        'b' | 'd' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'g' | 'G' => {
            let n = arg.to_number().ok_or_else(|| match arg {
                Value::String(s) => format!("a number is required, got {s:?}"),
                other => format!("number required, got {}", other.type_name()),
            })?;
            if "bdoxX".contains(verb.mode) {
                if n.fract() != 0.0 || !n.is_finite() {
                    return Err("an integer is required".into());
                }
                Ok(integer(verb, n))
            } else {
                Ok(float_verb(verb, n))
            }
        }
        's' | 'q' => {
            let s = arg
                .to_str()
                .ok_or_else(|| format!("string required, got {}", arg.type_name()))?;
            let s = match verb.prec {
                Some(p) if p > 0 => graphemes(&s).into_iter().take(p).collect(),
                _ => s.to_string(),
            };
            Ok(pad(verb, if verb.mode == 'q' { json_quote(&s) } else { s }))
        }
        other => Err(format!("unsupported format verb {other:?}")),
    }
}

/// Pads to the width in characters, with zeros when the `0` flag is given.
fn pad(verb: &Verb, s: String) -> String {
    let Some(width) = verb.width else { return s };
    let len = graphemes(&s).len();
    if len >= width {
        return s;
    }
    let fill = if verb.zero { "0" } else { " " }.repeat(width - len);
    if verb.minus { s + &fill } else { fill + &s }
}

/// Go's integer formatting (`%d`, `%x`, ...): precision is the least number of digits.
fn integer(verb: &Verb, n: f64) -> String {
    let m = n.abs();
    // Whole numbers beyond u128 print through their decimal expansion.
    let digits = if m < 1e38 {
        let m = m as u128;
        match verb.mode {
            'b' => format!("{m:b}"),
            'o' => format!("{m:o}"),
            'x' => format!("{m:x}"),
            'X' => format!("{m:X}"),
            _ => m.to_string(),
        }
    } else {
        format!("{m:.0}")
    };
    let sign = if n < 0.0 {
        "-"
    } else if verb.plus {
        "+"
    } else if verb.space {
        " "
    } else {
        ""
    };
    let prefix = match (verb.sharp, verb.mode) {
        (true, 'b') => "0b",
        (true, 'o') => "0",
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        _ => "",
    };
    let mut zeros = 0;
    if let Some(p) = verb.prec {
        if digits.len() < p {
            zeros = p - digits.len();
        } else if digits == "0" && p == 0 {
            return String::new();
        }
    }
    let len = sign.len() + prefix.len() + zeros + digits.len();
    let (mut left, mut right) = (0, 0);
    if let Some(w) = verb.width.filter(|&w| w > len) {
        match () {
            _ if verb.minus => right = w - len,
            _ if verb.zero && verb.prec.is_none() => zeros += w - len,
            _ => left = w - len,
        }
    }
    format!(
        "{}{sign}{prefix}{}{digits}{}",
        " ".repeat(left),
        "0".repeat(zeros),
        " ".repeat(right)
    )
}

/// Go's `big.Float` formatting for `%e %E %f %g %G`, with sign flags and padding.
fn float_verb(verb: &Verb, n: f64) -> String {
    let sign = if n < 0.0 {
        "-"
    } else if verb.plus {
        "+"
    } else if verb.space {
        " "
    } else {
        ""
    };
    let default = if matches!(verb.mode, 'g' | 'G') {
        None
    } else {
        Some(6)
    };
    let body = float(n.abs(), verb.mode, verb.prec.or(default));
    let pad = verb
        .width
        .map_or(0, |w| w.saturating_sub(sign.len() + body.len()));
    if verb.zero && n.is_finite() {
        format!("{sign}{}{body}", "0".repeat(pad))
    } else if verb.minus {
        format!("{sign}{body}{}", " ".repeat(pad))
    } else {
        format!("{}{sign}{body}", " ".repeat(pad))
    }
}

/// Decimal digits of `x >= 0` (no trailing zeros) and the exponent `e` with
/// `x = 0.d1d2d3... * 10^e`, rounded to `sig` significant digits (shortest when `None`).
fn decimal(x: f64, sig: Option<usize>) -> (Vec<u8>, i64) {
    let s = match sig {
        Some(p) => format!("{x:.*e}", p.saturating_sub(1)),
        None => format!("{x:e}"),
    };
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let mut digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    let exp = exp.parse::<i64>().unwrap_or(0) + 1;
    if digits.is_empty() {
        (digits, 0)
    } else {
        (digits, exp)
    }
}

/// Formats `x >= 0` (or a signed number for `%v`) like Go's `Float.Text(mode, prec)`.
fn float(x: f64, mode: char, prec: Option<usize>) -> String {
    if !x.is_finite() {
        return if x.is_nan() {
            "NaN".into()
        } else if x < 0.0 {
            "-Inf".into()
        } else {
            "+Inf".into()
        };
    }
    if x < 0.0 {
        return format!("-{}", float(-x, mode, prec));
    }
    match mode {
        'f' => format!("{x:.*}", prec.unwrap_or(6)),
        'e' | 'E' => {
            let p = prec.unwrap_or(6);
            let (d, exp) = decimal(x, Some(p + 1));
            exponent(&d, exp, p, mode == 'E')
        }
        _ => {
            // `%g`: shortest digits, or `prec` significant ones; exponent form when the
            // exponent is below -4 or at least the precision (6 when shortest).
            let (d, exp) = decimal(x, prec.map(|p| p.max(1)));
            let mut eprec = prec.map_or(6, |p| p.max(1)) as i64;
            if prec.is_some() && eprec > d.len() as i64 && d.len() as i64 >= exp {
                eprec = d.len() as i64;
            }
            let e = exp - 1;
            if !d.is_empty() && (e < -4 || e >= eprec) {
                let p = d.len().saturating_sub(1);
                return exponent(&d, exp, p, mode == 'G');
            }
            let frac = (d.len() as i64 - exp).max(0) as usize;
            if d.is_empty() {
                return "0".into();
            }
            format!("{x:.frac$}")
        }
    }
}

/// `d.ddde+XX` with `p` fraction digits.
fn exponent(d: &[u8], exp: i64, p: usize, upper: bool) -> String {
    let digit = |i: usize| char::from(d.get(i).copied().unwrap_or(b'0'));
    let mut s = String::new();
    s.push(digit(0));
    if p > 0 {
        s.push('.');
        s.extend((1..=p).map(digit));
    }
    let e = if d.is_empty() { 0 } else { exp - 1 };
    s.push(if upper { 'E' } else { 'e' });
    s.push(if e < 0 { '-' } else { '+' });
    s.push_str(&format!("{:02}", e.abs()));
    s
}

/// `%v` of a number prints as Go's shortest `%g`; `tostring` would print `format_number`.
#[cfg(test)]
fn shortest(n: f64) -> (String, String) {
    (float(n, 'g', None), crate::model::value::format_number(n))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{UNKNOWN, check};

    #[test]
    fn go_number_formatting() {
        for (n, g, plain) in [
            (1.0, "1", "1"),
            (1000000.0, "1e+06", "1000000"),
            (123456.0, "123456", "123456"),
            (0.0001, "0.0001", "0.0001"),
            (0.00001, "1e-05", "0.00001"),
            (1.5, "1.5", "1.5"),
            (0.0, "0", "0"),
        ] {
            assert_eq!(
                super::shortest(n),
                (g.to_string(), plain.to_string()),
                "{n}"
            );
        }
    }

    #[test]
    fn known_suffix_after_the_last_verb() {
        for (spec, end) in [
            (
                "arn:%s:iam::aws:policy/AdministratorAccess",
                Some(":iam::aws:policy/AdministratorAccess"),
            ),
            ("%[2]s-%05.1f%% done", Some("% done")),
            ("%s", Some("")),
            ("no verb %% here", None),
        ] {
            assert_eq!(super::known_suffix(spec).as_deref(), end, "{spec}");
        }
    }

    #[test]
    fn format() {
        check(&[
            ("format(\"Hello, %s!\", \"Ander\")", "\"Hello, Ander!\""),
            (
                "format(\"There are %d lights\", 4)",
                "\"There are 4 lights\"",
            ),
            (
                "format(\"%s-%03d-%.2f-%5s|%-3s|\", \"a\", 7, 3.14159, \"x\", \"y\")",
                "\"a-007-3.14-    x|y  |\"",
            ),
            ("format(\"%[2]s %[1]s %s\", \"a\", \"b\")", "\"b a b\""),
            (
                "format(\"%q %t %x %X %o %b %%\", \"q<\", true, 255, 255, 8, 5)",
                "\"\\\"q\\\\u003c\\\" true ff FF 10 101 %\"",
            ),
            (
                "format(\"%#x %#o %+d % d %.3d %5.1f|%-6d|\", 255, 8, 5, 5, 7, 2.25, -3)",
                "\"0xff 010 +5  5 007   2.2|-3    |\"",
            ),
            (
                "format(\"%e %E %.2e %g %G %g\", 1234.5678, 0.000123, 1234.5678, 1e21, 1e-7, 100)",
                "\"1.234568e+03 1.230000E-04 1.23e+03 1e+21 1E-07 100\"",
            ),
            (
                "format(\"%.3g|%08.3f|%+.1f\", 3.14159, -3.14159, 2)",
                "\"3.14|-003.142|+2.0\"",
            ),
            (
                "format(\"%v %v %v %v %v\", \"s\", 1000000, true, [1, \"a\"], null)",
                "\"s 1e+06 true [1,\\\"a\\\"] null\"",
            ),
            (
                "format(\"%#v %#v\", \"s\", {a = 1})",
                "\"\\\"s\\\" {\\\"a\\\":1}\"",
            ),
            ("format(\"%s\", 2.5)", "\"2.5\""),
            (
                "format(\"%.2s|%3s|%03s\", \"héllo\", \"é\", \"7\")",
                "\"hé|  é|007\"",
            ),
            ("format(\"%d\", \"12\")", "\"12\""),
            ("format(\"%d\")", "error: not enough arguments"),
            ("format(\"%d\", 1.5)", "error: an integer is required"),
            ("format(\"%d\", \"x\")", "error: a number is required"),
            ("format(\"%s\", [1])", "error: string required"),
            (
                "format(\"%s\", null)",
                "error: null value cannot be formatted",
            ),
            ("format(\"%t\", 1)", "error: bool required"),
            ("format(\"%y\", 1)", "error: unsupported format verb"),
            ("format(\"%\", 1)", "error: invalid format string"),
            ("format(\"%[0]s\", 1)", "error: invalid format string"),
            ("format(\"%!\", 1)", "error: unrecognized format character"),
            ("format(\"x\", 1)", "error: too many arguments; no verbs"),
            (
                "format(\"%s\", 1, 2)",
                "error: too many arguments; only 1 used",
            ),
            ("format(\"%99999999999999999999d\", 1)", "error: too large"),
            ("format(\"%s\", timestamp())", UNKNOWN),
            ("format(\"%d\", 0)", "\"0\""),
            ("format(\"%.0d|\", 0)", "\"|\""),
            ("format()", "error: expects at least 1 argument"),
        ]);
    }

    #[test]
    fn formatlist() {
        check(&[
            (
                "formatlist(\"%s=%s\", [\"a\", \"b\"], \"x\")",
                "[\"a=x\", \"b=x\"]",
            ),
            (
                "formatlist(\"%s-%s\", [\"a\", \"b\"], [1, 2])",
                "[\"a-1\", \"b-2\"]",
            ),
            ("formatlist(\"%s\", [])", "[]"),
            ("formatlist(\"x\")", "[\"x\"]"),
            ("formatlist(\"%s\", \"a\")", "[\"a\"]"),
            (
                "formatlist(\"%s\", [\"a\", timestamp()])",
                "[\"a\", (known after apply: known after apply)]",
            ),
            ("formatlist(\"%s\", timestamp())", UNKNOWN),
            (
                "formatlist(\"%s%s\", [\"a\"], [1, 2])",
                "error: inconsistent",
            ),
            (
                "formatlist(\"%d\", [\"a\"])",
                "error: error on format iteration 0",
            ),
        ]);
    }
}
