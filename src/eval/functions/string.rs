//! String functions, and the character (grapheme cluster) splitting they share.

use super::{
    FnCtx, FnResult, arg_int, arg_seq, arg_str, arity, arity_min, bad_param, check_len, invalid,
    unknown_if_any,
};
use crate::model::value::{Map, Value};

/// Splits a string into the characters Terraform counts (`length`, `substr`, `strrev`,
/// `format` widths): grapheme clusters. std has no segmentation tables, so this approximates
/// them: a character plus the combining marks, variation selectors, emoji modifiers and tags
/// after it, characters joined by a zero-width joiner, regional-indicator pairs (flags), CR LF.
pub(crate) fn graphemes(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev: Option<char> = None;
    let mut regional = 0usize;
    for (i, c) in s.char_indices() {
        let joins = prev.is_some_and(|p| {
            (p == '\r' && c == '\n')
                || p == '\u{200D}'
                || (p != '\r' && p != '\n' && extends(c))
                || (is_regional(p) && is_regional(c) && regional % 2 == 1)
        });
        if !joins && i > 0 {
            out.push(&s[start..i]);
            start = i;
            regional = 0;
        }
        if is_regional(c) {
            regional += 1;
        }
        prev = Some(c);
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

fn is_regional(c: char) -> bool {
    ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)
}

/// Characters that never start a cluster (common combining and spacing marks, joiners,
/// variation selectors, emoji modifiers and tags).
fn extends(c: char) -> bool {
    matches!(u32::from(c),
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x05BF | 0x05C1..=0x05C2
        | 0x05C4..=0x05C5 | 0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670
        | 0x06D6..=0x06DC | 0x06DF..=0x06E4 | 0x0900..=0x0903 | 0x093A..=0x093C
        | 0x093E..=0x094F | 0x0951..=0x0957 | 0x0962..=0x0963 | 0x0E31 | 0x0E34..=0x0E3A
        | 0x0E47..=0x0E4E | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x200C..=0x200D
        | 0x20D0..=0x20FF | 0x302A..=0x302F | 0x3099..=0x309A | 0xFE00..=0xFE0F
        | 0xFE20..=0xFE2F | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F | 0xE0100..=0xE01EF)
}

/// Go's `unicode.ToUpper`/`ToLower` map one character to one character; Rust's full case
/// mapping may give several (`ß` to `SS`), where Go leaves the character alone.
fn simple_case(c: char, upper: bool) -> char {
    let (first, more) = if upper {
        let mut it = c.to_uppercase();
        (it.next(), it.next().is_some())
    } else {
        let mut it = c.to_lowercase();
        (it.next(), it.next().is_some())
    };
    match first {
        // Only `İ` lower-cases to two characters; Go gives plain `i`.
        Some(m) if !more || !upper => m,
        _ => c,
    }
}

/// Go's `strings.Title`: the first letter after a separator is title-cased, where ASCII
/// letters, digits and `_`, and all Unicode letters and digits, are not separators, and other
/// non-ASCII characters separate only when they are spaces.
fn title(s: &str) -> String {
    let separator = |c: char| {
        if c.is_ascii() {
            !(c.is_ascii_alphanumeric() || c == '_')
        } else {
            !c.is_alphanumeric() && c.is_whitespace()
        }
    };
    let mut prev = ' ';
    s.chars()
        .map(|c| {
            let out = if separator(prev) { title_case(c) } else { c };
            prev = c;
            out
        })
        .collect()
}

fn title_case(c: char) -> char {
    // The four digraphs whose title case differs from their upper case.
    match c {
        'Ǆ'..='ǆ' => 'ǅ',
        'Ǉ'..='ǉ' => 'ǈ',
        'Ǌ'..='ǌ' => 'ǋ',
        'Ǳ'..='ǳ' => 'ǲ',
        other => simple_case(other, true),
    }
}

/// `chomp`, `lower`, `upper`, `strrev`, `title`, `trimspace`.
pub fn unary(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 1)?;
    unknown_if_any!(args);
    let s = arg_str(&args[0], "str")?;
    Ok(Value::string(match name {
        "chomp" => s.trim_end_matches(['\n', '\r']).to_string(),
        "lower" => s.chars().map(|c| simple_case(c, false)).collect(),
        "upper" => s.chars().map(|c| simple_case(c, true)).collect(),
        "strrev" => graphemes(&s).into_iter().rev().collect(),
        "trimspace" => s.trim().to_string(),
        _ => title(&s),
    }))
}

/// `endswith`, `startswith`, `strcontains`.
pub fn predicate(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 2)?;
    unknown_if_any!(args);
    let second = match name {
        "endswith" => "suffix",
        "startswith" => "prefix",
        _ => "substr",
    };
    let (s, t) = (arg_str(&args[0], "str")?, arg_str(&args[1], second)?);
    Ok(Value::Bool(match name {
        "endswith" => s.ends_with(&*t),
        "startswith" => s.starts_with(&*t),
        _ => s.contains(&*t),
    }))
}

/// `indent(spaces, str)`: every line but the first indented by `spaces`.
pub fn indent(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 2)?;
    unknown_if_any!(args);
    let n = arg_int(&args[0], "spaces")?;
    let n = usize::try_from(n).map_err(|_| bad_param("spaces", "must not be negative"))?;
    let s = arg_str(&args[1], "str")?;
    let lines = s.matches('\n').count();
    check_len(n)?;
    check_len(lines.saturating_mul(n).saturating_add(s.len()))?;
    Ok(Value::string(
        s.replace('\n', &format!("\n{}", " ".repeat(n))),
    ))
}

/// `join(separator, lists...)`: the elements of the lists joined by the separator.
pub fn join(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity_min(args, 2)?;
    unknown_if_any!(args);
    let sep = arg_str(&args[0], "separator")?;
    let mut parts = Vec::new();
    for list in &args[1..] {
        for (i, v) in arg_seq(list, "lists")?.iter().enumerate() {
            match v {
                Value::Unknown(_) => return Ok(Value::unknown()),
                Value::Null => return Err(bad_param("lists", format!("element {i} is null"))),
                other => parts.push(arg_str(other, "lists")?),
            }
        }
    }
    let total: usize = parts.iter().map(|p| p.len() + sep.len()).sum();
    check_len(total)?;
    Ok(Value::string(parts.join(&*sep)))
}

fn compile(pattern: &str) -> Result<regex::Regex, super::FnError> {
    regex::RegexBuilder::new(pattern)
        .size_limit(1 << 22)
        .build()
        .map_err(|e| bad_param("pattern", format!("invalid regular expression: {e}")))
}

/// `regex`, `regexall`.
pub fn regex(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 2)?;
    unknown_if_any!(args);
    let re = compile(&arg_str(&args[0], "pattern")?)?;
    let s = arg_str(&args[1], "string")?;
    let names: Vec<Option<&str>> = re.capture_names().skip(1).collect();
    let named = names.iter().filter(|n| n.is_some()).count();
    if named > 0 && named < names.len() {
        return Err(bad_param(
            "pattern",
            "invalid regexp pattern: cannot mix both named and unnamed capture groups",
        ));
    }
    let group = |m: Option<regex::Match>| m.map_or(Value::Null, |m| Value::string(m.as_str()));
    let capture = |caps: regex::Captures| -> Value {
        if names.is_empty() {
            group(caps.get(0))
        } else if named > 0 {
            let fields: Map = names
                .iter()
                .flatten()
                .map(|n| (n.to_string(), group(caps.name(n))))
                .collect();
            Value::object(fields)
        } else {
            Value::list((1..=names.len()).map(|i| group(caps.get(i))).collect())
        }
    };
    if name == "regexall" {
        return Ok(Value::list(re.captures_iter(&s).map(capture).collect()));
    }
    re.captures(&s)
        .map(capture)
        .ok_or_else(|| invalid("pattern did not match any part of the given string"))
}

/// `replace(str, substr, replacement)`: every occurrence replaced; `/.../` is a regex.
pub fn replace(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 3)?;
    unknown_if_any!(args);
    let s = arg_str(&args[0], "str")?;
    let search = arg_str(&args[1], "substr")?;
    let with = arg_str(&args[2], "replace")?;
    if let Some(pattern) = search.strip_prefix('/').and_then(|p| p.strip_suffix('/')) {
        let re = compile(pattern)?;
        // Go's `$1`, `${name}` expansion in replacements is the regex crate's too.
        let mut out = String::new();
        let mut last = 0;
        for caps in re.captures_iter(&s) {
            let Some(m) = caps.get(0) else { continue };
            out.push_str(&s[last..m.start()]);
            caps.expand(&with, &mut out);
            last = m.end();
            check_len(out.len())?;
        }
        out.push_str(&s[last..]);
        return Ok(Value::string(out));
    }
    // An empty search string matches between every character, as in Go.
    let matches = if search.is_empty() {
        s.chars().count() + 1
    } else {
        s.matches(&*search).count()
    };
    check_len(s.len().saturating_add(matches.saturating_mul(with.len())))?;
    Ok(Value::string(s.replace(&*search, &with)))
}

/// `split(separator, str)`: the parts of the string between separators.
pub fn split(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 2)?;
    unknown_if_any!(args);
    let sep = arg_str(&args[0], "separator")?;
    let s = arg_str(&args[1], "str")?;
    let parts: Vec<Value> = if sep.is_empty() {
        // Go splits into characters, and an empty string into nothing.
        s.chars().map(|c| Value::string(c.to_string())).collect()
    } else {
        s.split(&*sep).map(Value::string).collect()
    };
    Ok(Value::list(parts))
}

/// `substr(str, offset, length)`: characters from `offset` (negative counts from the end).
pub fn substr(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 3)?;
    unknown_if_any!(args);
    let s = arg_str(&args[0], "str")?;
    let mut offset = arg_int(&args[1], "offset")?;
    let length = arg_int(&args[2], "length")?;
    let chars = graphemes(&s);
    if offset < 0 {
        offset = offset.saturating_add(chars.len() as i64);
    } else if length == 0 {
        return Ok(Value::string(""));
    }
    // Past the end gives "", before the start counts from the start, as cty's substr does.
    let from = usize::try_from(offset.max(0))
        .unwrap_or(usize::MAX)
        .min(chars.len());
    let rest = &chars[from..];
    let take = usize::try_from(length).map_or(rest.len(), |n| n.min(rest.len()));
    Ok(Value::string(rest[..take].concat()))
}

/// `trim`, `trimprefix`, `trimsuffix`.
pub fn trim(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 2)?;
    unknown_if_any!(args);
    let s = arg_str(&args[0], "str")?;
    let t = arg_str(
        &args[1],
        if name == "trim" {
            "cutset"
        } else {
            name.trim_start_matches("trim")
        },
    )?;
    Ok(Value::string(match name {
        "trimprefix" => s.strip_prefix(&*t).unwrap_or(&s),
        "trimsuffix" => s.strip_suffix(&*t).unwrap_or(&s),
        _ => s.trim_matches(|c| t.contains(c)),
    }))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{UNKNOWN, check};
    use super::graphemes;

    #[test]
    fn grapheme_clusters() {
        for (s, n) in [
            ("héllo", 5),
            ("e\u{301}", 1),
            ("🇫🇷🇩🇪", 2),
            ("👍🏽x", 2),
            ("👩\u{200D}💻", 1),
            ("a\r\nb", 3),
            ("", 0),
            ("\u{301}a", 2),
        ] {
            assert_eq!(graphemes(s).len(), n, "{s:?}");
        }
    }

    #[test]
    fn strings() {
        check(&[
            ("chomp(\"a\\n\\r\\n\")", "\"a\""),
            ("chomp(\"a\\nb\")", "\"a\\nb\""),
            ("lower(\"ÀB\")", "\"àb\""),
            ("upper(\"straße\")", "\"STRAßE\""),
            ("upper(5)", "\"5\""),
            ("upper(null)", "error: must not be null"),
            ("upper([1])", "error: string required"),
            ("upper(timestamp())", UNKNOWN),
            ("title(\"hello wide world\")", "\"Hello Wide World\""),
            ("title(\"foo_bar-baz o'neil\")", "\"Foo_bar-Baz O'Neil\""),
            ("title(\"élan vital\")", "\"Élan Vital\""),
            ("strrev(\"héllo\")", "\"olléh\""),
            ("strrev(\"ae\\u0301\")", "\"e\\u{301}a\""),
            ("trimspace(\"  x \\n\")", "\"x\""),
            ("startswith(\"arn:aws\", \"arn:\")", "true"),
            ("endswith(\"file.tf\", \".tf\")", "true"),
            ("strcontains(\"abc\", \"d\")", "false"),
            ("strcontains(\"abc\", timestamp())", UNKNOWN),
            ("indent(2, \"a\\nb\\n\")", "\"a\\n  b\\n  \""),
            ("indent(-1, \"a\")", "error: must not be negative"),
            ("indent(100000000, \"a\\nb\")", "error: longer than"),
            ("join(\", \", [\"a\", \"b\"], [\"c\"])", "\"a, b, c\""),
            ("join(\"-\", [1, true])", "\"1-true\""),
            ("join(\"-\", [\"a\", timestamp()])", UNKNOWN),
            ("join(\"-\", [\"a\", null])", "error: element 1 is null"),
            ("join(\"-\")", "error: expects at least 2 arguments"),
            ("regex(\"[0-9]+\", \"ab123c\")", "\"123\""),
            (
                "regex(\"(\\\\d+)-(\\\\d+)\", \"10-20\")",
                "[\"10\", \"20\"]",
            ),
            ("regex(\"(a)|(b)\", \"b\")", "[null, \"b\"]"),
            (
                "regex(\"(?P<a>x)(?P<b>y)\", \"xy\")",
                "{a = \"x\", b = \"y\"}",
            ),
            ("regex(\"(?P<a>x)(y)\", \"xy\")", "error: cannot mix"),
            ("regex(\"z\", \"abc\")", "error: did not match"),
            ("regex(\"(\", \"abc\")", "error: invalid regular expression"),
            ("regexall(\"[a-z]\", \"a1b2\")", "[\"a\", \"b\"]"),
            ("regexall(\"z\", \"a\")", "[]"),
            ("replace(\"a-b-c\", \"-\", \"+\")", "\"a+b+c\""),
            ("replace(\"abc\", \"\", \"-\")", "\"-a-b-c-\""),
            ("replace(\"v1.2.3\", \"/v(\\\\d+).*/\", \"$1\")", "\"1\""),
            (
                "replace(\"a1b22\", \"/[0-9]+/\", \"<$0>\")",
                "\"a<1>b<22>\"",
            ),
            ("replace(\"/\", \"/\", \"x\")", "\"x\""),
            ("split(\",\", \"a,b,,c\")", "[\"a\", \"b\", \"\", \"c\"]"),
            ("split(\",\", \"\")", "[\"\"]"),
            ("split(\"\", \"ab\")", "[\"a\", \"b\"]"),
            ("split(\"\", \"\")", "[]"),
            ("substr(\"hello world\", 1, 4)", "\"ello\""),
            ("substr(\"hello world\", -5, -1)", "\"world\""),
            ("substr(\"hello\", -3, 2)", "\"ll\""),
            ("substr(\"hello\", -10, 2)", "\"he\""),
            ("substr(\"hello\", 10, 2)", "\"\""),
            ("substr(\"hello\", 1, 0)", "\"\""),
            ("substr(\"héllo\", 0, 2)", "\"hé\""),
            ("substr(\"🇫🇷🇩🇪\", 1, 1)", "\"🇩🇪\""),
            ("substr(\"hello\", 1.5, 1)", "error: whole number"),
            ("trim(\"?!hello?!\", \"!?\")", "\"hello\""),
            ("trimprefix(\"helloworld\", \"hello\")", "\"world\""),
            ("trimprefix(\"hello\", \"x\")", "\"hello\""),
            ("trimsuffix(\"helloworld\", \"world\")", "\"hello\""),
            ("trim(\"a\")", "error: expects 2 arguments, got 1"),
        ]);
    }
}
