//! Numeric functions: `abs`, `ceil`, `floor`, `signum`, `log`, `max`, `min`, `parseint`,
//! `pow`, `sum`.

use super::{
    FnCtx, FnResult, arg_int, arg_num, arg_seq, arg_str, arity, arity_min, bad_param, invalid,
    unknown_if_any,
};
use crate::model::value::Value;

/// `abs`, `ceil`, `floor`, `signum`.
pub fn unary(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 1)?;
    unknown_if_any!(args);
    let n = arg_num(&args[0], "num")?;
    Ok(Value::Number(match name {
        "abs" => n.abs(),
        "ceil" => n.ceil(),
        "floor" => n.floor(),
        _ if n == 0.0 => 0.0,
        _ => n.signum(),
    }))
}

/// `log(num, base)`: the logarithm of `num` in `base`.
pub fn log(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 2)?;
    unknown_if_any!(args);
    let (n, base) = (arg_num(&args[0], "num")?, arg_num(&args[1], "base")?);
    Ok(Value::Number(n.ln() / base.ln()))
}

/// `max`, `min`.
pub fn max_min(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity_min(args, 1)?;
    unknown_if_any!(args);
    let mut nums = args.iter().map(|a| arg_num(a, "numbers"));
    let first = nums.next().unwrap_or(Ok(0.0))?;
    nums.try_fold(first, |acc, n| {
        let n = n?;
        Ok(if name == "max" {
            acc.max(n)
        } else {
            acc.min(n)
        })
    })
    .map(Value::Number)
}

/// `parseint(str, base)`: an integer written in base 2 to 62.
pub fn parseint(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 2)?;
    unknown_if_any!(args);
    let s = arg_str(&args[0], "number")?;
    let base = arg_int(&args[1], "base")?;
    if !(2..=62).contains(&base) {
        return Err(bad_param(
            "base",
            "base must be a whole number between 2 and 62 inclusive",
        ));
    }
    let (neg, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(&s)),
    };
    let bad = || {
        bad_param(
            "number",
            format!("cannot parse {s:?} as a base {base} integer"),
        )
    };
    if digits.is_empty() {
        return Err(bad());
    }
    let mut n: f64 = 0.0;
    for c in digits.chars() {
        // Go's big.Int digits: above base 36, upper case letters are the digits 36 to 61.
        let d = match c {
            '0'..='9' => u32::from(c) - u32::from('0'),
            'a'..='z' => u32::from(c) - u32::from('a') + 10,
            'A'..='Z' if base <= 36 => u32::from(c) - u32::from('A') + 10,
            'A'..='Z' => u32::from(c) - u32::from('A') + 36,
            _ => return Err(bad()),
        };
        if i64::from(d) >= base {
            return Err(bad());
        }
        n = n * base as f64 + f64::from(d);
    }
    Ok(Value::Number(if neg { -n } else { n }))
}

/// `pow(num, power)`: `num` raised to `power`.
pub fn pow(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 2)?;
    unknown_if_any!(args);
    let (base, exp) = (arg_num(&args[0], "num")?, arg_num(&args[1], "power")?);
    Ok(Value::Number(base.powf(exp)))
}

/// `sum(list)`: the sum of a list of numbers.
pub fn sum(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 1)?;
    unknown_if_any!(args);
    let items = arg_seq(&args[0], "list")?;
    if items.is_empty() {
        return Err(invalid("cannot sum an empty list"));
    }
    let mut total = 0.0;
    for v in items {
        match v {
            Value::Unknown(_) => return Ok(Value::unknown()),
            Value::Null => {
                return Err(bad_param(
                    "list",
                    "argument must be list, set, or tuple of number values",
                ));
            }
            other => total += arg_num(other, "list")?,
        }
    }
    Ok(Value::Number(total))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{UNKNOWN, check};

    #[test]
    fn numeric() {
        check(&[
            ("abs(-3)", "3"),
            ("abs(\"-2.5\")", "2.5"),
            ("abs(null)", "error: must not be null"),
            ("abs(\"x\")", "error: a number is required"),
            ("abs(timestamp())", UNKNOWN),
            ("ceil(1.2)", "2"),
            ("floor(\"1.8\")", "1"),
            ("floor(-1.5)", "-2"),
            ("signum(-4)", "-1"),
            ("signum(0)", "0"),
            ("signum(7.5)", "1"),
            ("log(8, 2)", "3"),
            ("log(100, 10)", "2"),
            ("max(1, 7, 3)", "7"),
            ("min(4, \"2\")", "2"),
            ("max([1, 9]...)", "9"),
            ("max()", "error: expects at least 1 argument"),
            ("max(1, timestamp())", UNKNOWN),
            ("parseint(\"ff\", 16)", "255"),
            ("parseint(\"FF\", 16)", "255"),
            ("parseint(\"-101\", 2)", "-5"),
            ("parseint(\"zZ\", 62)", "2231"),
            (
                "parseint(\"12\", 2)",
                "error: cannot parse \"12\" as a base 2 integer",
            ),
            ("parseint(\"1\", 1)", "error: between 2 and 62"),
            ("parseint(\"\", 10)", "error"),
            ("pow(2, 10)", "1024"),
            ("pow(4, 0.5)", "2"),
            ("sum([1, 2, 3.5])", "6.5"),
            ("sum(toset([1, 2]))", "3"),
            ("sum([1, timestamp()])", UNKNOWN),
            ("sum([])", "error: cannot sum an empty list"),
            ("sum([1, null])", "error"),
            ("sum(1)", "error: list, set or tuple required"),
        ]);
    }
}
