//! String functions.

use super::{
    FnCtx, FnResult, arg_int, arg_seq, arg_str, arity, arity_range, invalid, unknown_if_any,
};
use crate::eval::value::{Map, Value, format_number};

pub fn unary(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 1)?;
    unknown_if_any!(args);
    let s = arg_str(&args[0], "the argument")?;
    Ok(Value::string(match name {
        "chomp" => s.trim_end_matches(['\n', '\r']).to_string(),
        "lower" => s.to_lowercase(),
        "upper" => s.to_uppercase(),
        "strrev" => s.chars().rev().collect(),
        "trimspace" => s.trim().to_string(),
        _ => title(&s),
    }))
}

fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut at_word_start = true;
    for c in s.chars() {
        if at_word_start && c.is_alphabetic() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        at_word_start = !c.is_alphanumeric();
    }
    out
}

pub fn predicate(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 2)?;
    unknown_if_any!(args);
    let (s, t) = (
        arg_str(&args[0], "the string")?,
        arg_str(&args[1], "the second argument")?,
    );
    Ok(Value::Bool(match name {
        "endswith" => s.ends_with(&*t),
        "startswith" => s.starts_with(&*t),
        _ => s.contains(&*t),
    }))
}

pub fn format(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    let Some((spec, rest)) = args.split_first() else {
        return Err(invalid(format!("{name}() needs a format string")));
    };
    if spec.is_unknown() || rest.iter().any(Value::contains_unknown) {
        return Ok(Value::unknown());
    }
    let spec = arg_str(spec, "the format")?;
    sprintf(&spec, rest).map(Value::string)
}

pub fn formatlist(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    let Some((spec, rest)) = args.split_first() else {
        return Err(invalid(format!("{name}() needs a format string")));
    };
    if spec.is_unknown() || rest.iter().any(Value::is_unknown) {
        return Ok(Value::unknown());
    }
    let spec = arg_str(spec, "the format")?;
    let mut len: Option<usize> = None;
    for a in rest {
        if let Some(items) = a.as_seq() {
            match len {
                Some(l) if l != items.len() => {
                    return Err(invalid("formatlist() lists must all have the same length"));
                }
                _ => len = Some(items.len()),
            }
        }
    }
    let n = len.unwrap_or(1);
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let row: Vec<Value> = rest
            .iter()
            .map(|a| {
                a.as_seq()
                    .map_or_else(|| a.clone(), |items| items[i].clone())
            })
            .collect();
        if row.iter().any(Value::contains_unknown) {
            out.push(Value::unknown());
        } else {
            out.push(Value::string(sprintf(&spec, &row)?));
        }
    }
    Ok(Value::list(out))
}

/// Terraform's `format` verbs: `%s %d %f %e %g %t %v %q %x %X %o %b %%`, with flags,
/// width and precision, and `%[n]` argument indexes.
fn sprintf(spec: &str, args: &[Value]) -> Result<String, super::FnError> {
    let mut out = String::new();
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut next_arg = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if chars.get(i) == Some(&'%') {
            out.push('%');
            i += 1;
            continue;
        }
        let mut flags = String::new();
        while let Some(&f) = chars.get(i).filter(|f| "+- #0".contains(**f)) {
            flags.push(f);
            i += 1;
        }
        let mut arg_index = None;
        if chars.get(i) == Some(&'[') {
            let close = chars[i..].iter().position(|&c| c == ']').map(|p| p + i);
            let Some(close) = close else {
                return Err(invalid("format: unterminated %["));
            };
            let n: String = chars[i + 1..close].iter().collect();
            arg_index = Some(
                n.parse::<usize>()
                    .map_err(|_| invalid("format: bad argument index"))?
                    .saturating_sub(1),
            );
            i = close + 1;
        }
        let mut width = String::new();
        while let Some(&d) = chars.get(i).filter(|d| d.is_ascii_digit()) {
            width.push(d);
            i += 1;
        }
        let mut precision: Option<usize> = None;
        if chars.get(i) == Some(&'.') {
            i += 1;
            let mut p = String::new();
            while let Some(&d) = chars.get(i).filter(|d| d.is_ascii_digit()) {
                p.push(d);
                i += 1;
            }
            precision = Some(p.parse().unwrap_or(0).min(100));
        }
        let Some(&verb) = chars.get(i) else {
            return Err(invalid("format: the format ends with an incomplete verb"));
        };
        i += 1;
        let idx = arg_index.unwrap_or(next_arg);
        next_arg = idx + 1;
        let Some(arg) = args.get(idx) else {
            return Err(invalid(format!("format: not enough arguments for %{verb}")));
        };
        let body = match verb {
            's' => arg
                .to_str()
                .map(|s| s.to_string())
                .ok_or_else(|| invalid("format: %s needs a string"))?,
            'v' => match arg {
                Value::String(s) => s.to_string(),
                other => other
                    .to_str()
                    .map_or_else(|| other.to_string(), |s| s.to_string()),
            },
            'q' => serde_json::Value::String(
                arg.to_str()
                    .ok_or_else(|| invalid("format: %q needs a string"))?
                    .to_string(),
            )
            .to_string(),
            't' => arg
                .to_bool()
                .ok_or_else(|| invalid("format: %t needs a bool"))?
                .to_string(),
            'd' | 'x' | 'X' | 'o' | 'b' => {
                let n = arg
                    .to_number()
                    .ok_or_else(|| invalid(format!("format: %{verb} needs a number")))?;
                if n.fract() != 0.0 {
                    return Err(invalid(format!("format: %{verb} needs a whole number")));
                }
                let n = n as i64;
                let (neg, m) = (n < 0, n.unsigned_abs());
                let digits = match verb {
                    'x' => format!("{m:x}"),
                    'X' => format!("{m:X}"),
                    'o' => format!("{m:o}"),
                    'b' => format!("{m:b}"),
                    _ => m.to_string(),
                };
                let sign = if neg {
                    "-"
                } else if flags.contains('+') {
                    "+"
                } else {
                    ""
                };
                format!("{sign}{digits}")
            }
            'f' | 'e' | 'g' => {
                let n = arg
                    .to_number()
                    .ok_or_else(|| invalid(format!("format: %{verb} needs a number")))?;
                let s = match verb {
                    'f' => format!("{n:.*}", precision.unwrap_or(6)),
                    'e' => format!("{n:.*e}", precision.unwrap_or(6)),
                    _ => format_number(n),
                };
                if flags.contains('+') && n >= 0.0 {
                    format!("+{s}")
                } else {
                    s
                }
            }
            other => return Err(invalid(format!("format: unsupported verb %{other}"))),
        };
        let body = match (verb, precision) {
            ('s' | 'v', Some(p)) => body.chars().take(p).collect(),
            _ => body,
        };
        let w: usize = width.parse().unwrap_or(0).min(1000);
        let len = body.chars().count();
        if len < w {
            let pad = w - len;
            if flags.contains('-') {
                out.push_str(&body);
                out.extend(std::iter::repeat_n(' ', pad));
            } else if flags.contains('0') && "dfxXobeg".contains(verb) {
                let (sign, digits) = match body.strip_prefix(['-', '+']) {
                    Some(d) => (&body[..1], d),
                    None => ("", body.as_str()),
                };
                out.push_str(sign);
                out.extend(std::iter::repeat_n('0', pad));
                out.push_str(digits);
            } else {
                out.extend(std::iter::repeat_n(' ', pad));
                out.push_str(&body);
            }
        } else {
            out.push_str(&body);
        }
    }
    Ok(out)
}

pub fn indent(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 2)?;
    unknown_if_any!(args);
    let n = usize::try_from(arg_int(&args[0], "the number of spaces")?)
        .unwrap_or(0)
        .min(1000);
    let s = arg_str(&args[1], "the string")?;
    let pad = " ".repeat(n);
    Ok(Value::string(s.replace('\n', &format!("\n{pad}"))))
}

pub fn join(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    if args.len() < 2 {
        return Err(invalid(format!(
            "{name}() needs a separator and at least one list"
        )));
    }
    unknown_if_any!(args);
    let sep = arg_str(&args[0], "the separator")?;
    let mut parts = Vec::new();
    for list in &args[1..] {
        for v in arg_seq(list, "every list")? {
            match v {
                Value::Unknown(_) => return Ok(Value::unknown()),
                Value::Null => return Err(invalid("join() cannot join a null element")),
                other => parts.push(arg_str(other, "every element")?.to_string()),
            }
        }
    }
    Ok(Value::string(parts.join(&sep)))
}

fn compile(pattern: &str) -> Result<regex::Regex, super::FnError> {
    regex::RegexBuilder::new(pattern)
        .size_limit(1 << 20)
        .build()
        .map_err(|e| invalid(format!("invalid regular expression: {e}")))
}

pub fn regex(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 2)?;
    unknown_if_any!(args);
    let re = compile(&arg_str(&args[0], "the pattern")?)?;
    let s = arg_str(&args[1], "the string")?;
    let capture = |caps: regex::Captures| -> Value {
        let names: Vec<Option<&str>> = re.capture_names().collect();
        if names.len() == 1 {
            return Value::string(caps.get(0).map_or("", |m| m.as_str()));
        }
        if names.iter().skip(1).any(Option::is_some) {
            let mut map = Map::new();
            for n in names.iter().flatten() {
                map.insert(
                    n.to_string(),
                    caps.name(n)
                        .map_or(Value::Null, |m| Value::string(m.as_str())),
                );
            }
            return Value::object(map);
        }
        Value::list(
            (1..names.len())
                .map(|i| {
                    caps.get(i)
                        .map_or(Value::Null, |m| Value::string(m.as_str()))
                })
                .collect(),
        )
    };
    if name == "regexall" {
        return Ok(Value::list(re.captures_iter(&s).map(capture).collect()));
    }
    re.captures(&s)
        .map(capture)
        .ok_or_else(|| invalid("regex() pattern did not match the string"))
}

pub fn replace(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 3)?;
    unknown_if_any!(args);
    let s = arg_str(&args[0], "the string")?;
    let search = arg_str(&args[1], "the substring")?;
    let with = arg_str(&args[2], "the replacement")?;
    if search.len() > 1 && search.starts_with('/') && search.ends_with('/') {
        let re = compile(&search[1..search.len() - 1])?;
        // Terraform uses `$1`/`${name}` in replacements, as the regex crate does.
        return Ok(Value::string(re.replace_all(&s, &*with).into_owned()));
    }
    if search.is_empty() {
        return Ok(Value::String(s));
    }
    Ok(Value::string(s.replace(&*search, &with)))
}

pub fn split(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 2)?;
    unknown_if_any!(args);
    let sep = arg_str(&args[0], "the separator")?;
    let s = arg_str(&args[1], "the string")?;
    if s.is_empty() {
        return Ok(Value::list(vec![Value::string("")]));
    }
    let parts: Vec<Value> = if sep.is_empty() {
        s.chars().map(|c| Value::string(c.to_string())).collect()
    } else {
        s.split(&*sep).map(Value::string).collect()
    };
    Ok(Value::list(parts))
}

pub fn substr(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 3)?;
    unknown_if_any!(args);
    let s = arg_str(&args[0], "the string")?;
    let chars: Vec<char> = s.chars().collect();
    let len = chars.len() as i64;
    let mut offset = arg_int(&args[1], "the offset")?;
    let length = arg_int(&args[2], "the length")?;
    if offset < 0 {
        offset += len;
    }
    if offset < 0 || offset > len {
        return Err(invalid("substr() offset is out of range"));
    }
    let end = if length < 0 {
        len
    } else {
        (offset + length).min(len)
    };
    Ok(Value::string(
        chars[offset as usize..end.max(offset) as usize]
            .iter()
            .collect::<String>(),
    ))
}

pub fn trim(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity_range(name, args, 2, 2)?;
    unknown_if_any!(args);
    let s = arg_str(&args[0], "the string")?;
    let t = arg_str(&args[1], "the second argument")?;
    Ok(Value::string(match name {
        "trimprefix" => s.strip_prefix(&*t).unwrap_or(&s).to_string(),
        "trimsuffix" => s.strip_suffix(&*t).unwrap_or(&s).to_string(),
        _ => s.trim_matches(|c| t.contains(c)).to_string(),
    }))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::check;

    #[test]
    fn strings() {
        check(&[
            ("chomp(\"a\\n\\n\")", "\"a\""),
            ("title(\"hello wide world\")", "\"Hello Wide World\""),
            ("strrev(\"héllo\")", "\"olléh\""),
            ("upper(5)", "\"5\""),
            ("startswith(\"arn:aws\", \"arn:\")", "true"),
            ("strcontains(\"abc\", \"d\")", "false"),
            (
                "format(\"%s-%03d-%.2f-%5s|%-3s|\", \"a\", 7, 3.14159, \"x\", \"y\")",
                "\"a-007-3.14-    x|y  |\"",
            ),
            ("format(\"%[2]s %[1]s\", \"a\", \"b\")", "\"b a\""),
            (
                "format(\"%q %t %x %%\", \"q\", true, 255)",
                "\"\\\"q\\\" true ff %\"",
            ),
            ("format(\"%d\")", "error"),
            (
                "formatlist(\"%s=%s\", [\"a\", \"b\"], \"x\")",
                "[\"a=x\", \"b=x\"]",
            ),
            ("indent(2, \"a\\nb\")", "\"a\\n  b\""),
            ("join(\", \", [\"a\", \"b\"], [\"c\"])", "\"a, b, c\""),
            ("regex(\"[0-9]+\", \"ab123c\")", "\"123\""),
            (
                "regex(\"(\\\\d+)-(\\\\d+)\", \"10-20\")",
                "[\"10\", \"20\"]",
            ),
            (
                "regex(\"(?P<a>x)(?P<b>y)\", \"xy\")",
                "{a = \"x\", b = \"y\"}",
            ),
            ("regexall(\"[a-z]\", \"a1b2\")", "[\"a\", \"b\"]"),
            ("regex(\"z\", \"abc\")", "error"),
            ("replace(\"a-b-c\", \"-\", \"+\")", "\"a+b+c\""),
            ("replace(\"v1.2.3\", \"/v(\\\\d+).*/\", \"$1\")", "\"1\""),
            ("split(\",\", \"a,b,,c\")", "[\"a\", \"b\", \"\", \"c\"]"),
            ("substr(\"hello world\", 1, 4)", "\"ello\""),
            ("substr(\"hello\", -3, -1)", "\"llo\""),
            ("substr(\"héllo\", 0, 2)", "\"hé\""),
            ("trim(\"?!hello?!\", \"!?\")", "\"hello\""),
            ("trimprefix(\"helloworld\", \"hello\")", "\"world\""),
            ("trimsuffix(\"helloworld\", \"world\")", "\"hello\""),
            ("trimspace(\"  x \\n\")", "\"x\""),
        ]);
    }
}
