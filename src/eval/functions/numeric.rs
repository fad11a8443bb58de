//! Numeric functions.

use super::{FnCtx, FnResult, arg_int, arg_num, arg_seq, arg_str, arity, invalid, unknown_if_any};
use crate::eval::value::Value;

pub fn unary(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 1)?;
    unknown_if_any!(args);
    let n = arg_num(&args[0], "the argument")?;
    Ok(Value::Number(match name {
        "abs" => n.abs(),
        "ceil" => n.ceil(),
        "floor" => n.floor(),
        _ => {
            if n > 0.0 {
                1.0
            } else if n < 0.0 {
                -1.0
            } else {
                0.0
            }
        }
    }))
}

pub fn log(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 2)?;
    unknown_if_any!(args);
    let (n, base) = (
        arg_num(&args[0], "the number")?,
        arg_num(&args[1], "the base")?,
    );
    Ok(Value::Number(n.ln() / base.ln()))
}

pub fn max_min(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    if args.is_empty() {
        return Err(invalid(format!("{name}() needs at least one number")));
    }
    unknown_if_any!(args);
    let nums = args
        .iter()
        .map(|a| arg_num(a, "every argument"))
        .collect::<Result<Vec<_>, _>>()?;
    let pick = if name == "max" { f64::max } else { f64::min };
    Ok(Value::Number(nums.into_iter().reduce(pick).unwrap_or(0.0)))
}

pub fn parseint(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 2)?;
    unknown_if_any!(args);
    let s = arg_str(&args[0], "the string")?;
    let base = arg_int(&args[1], "the base")?;
    if !(2..=62).contains(&base) {
        return Err(invalid("parseint() base must be between 2 and 62"));
    }
    let (neg, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(&s)),
    };
    let bad = || invalid(format!("cannot parse {s:?} as a base {base} integer"));
    if digits.is_empty() {
        return Err(bad());
    }
    let mut n: f64 = 0.0;
    for c in digits.chars() {
        let d = match c {
            '0'..='9' => c as i64 - '0' as i64,
            'a'..='z' => c as i64 - 'a' as i64 + 10,
            'A'..='Z' if base <= 36 => c as i64 - 'A' as i64 + 10,
            'A'..='Z' => c as i64 - 'A' as i64 + 36,
            _ => return Err(bad()),
        };
        if d >= base {
            return Err(bad());
        }
        n = n * base as f64 + d as f64;
    }
    Ok(Value::Number(if neg { -n } else { n }))
}

pub fn pow(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 2)?;
    unknown_if_any!(args);
    Ok(Value::Number(
        arg_num(&args[0], "the base")?.powf(arg_num(&args[1], "the exponent")?),
    ))
}

pub fn sum(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 1)?;
    unknown_if_any!(args);
    let items = arg_seq(&args[0], "sum()'s argument")?;
    if items.is_empty() {
        return Err(invalid("sum() cannot sum an empty list"));
    }
    let mut total = 0.0;
    for v in items {
        if v.is_unknown() {
            return Ok(Value::unknown());
        }
        total += arg_num(v, "every element")?;
    }
    Ok(Value::Number(total))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::check;

    #[test]
    fn numeric() {
        check(&[
            ("abs(-3)", "3"),
            ("ceil(1.2)", "2"),
            ("floor(\"1.8\")", "1"),
            ("signum(-4)", "-1"),
            ("log(8, 2)", "3"),
            ("max(1, 7, 3)", "7"),
            ("min(4, \"2\")", "2"),
            ("max()", "error"),
            ("parseint(\"ff\", 16)", "255"),
            ("parseint(\"-101\", 2)", "-5"),
            ("parseint(\"12\", 2)", "error"),
            ("pow(2, 10)", "1024"),
            ("sum([1, 2, 3.5])", "6.5"),
            ("sum([])", "error"),
        ]);
    }
}
