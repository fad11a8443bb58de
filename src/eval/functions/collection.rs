//! Collection and type-conversion functions.

use std::sync::Arc;

use super::{
    FnCtx, FnResult, arg_int, arg_map, arg_seq, arg_str, arity, arity_range, invalid,
    unknown_if_any,
};
use crate::eval::expr::values_equal;
use crate::eval::types::make_set;
use crate::eval::value::{Map, Value};

/// Most elements a generated collection may have (`range`, `setproduct`, ...).
const MAX_ELEMENTS: usize = 1_000_000;

pub fn all_any(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 1)?;
    unknown_if_any!(args);
    let all = name == "alltrue";
    let mut saw_unknown = false;
    for v in arg_seq(&args[0], "the argument")? {
        match v {
            Value::Unknown(_) => saw_unknown = true,
            other => {
                let b = other
                    .to_bool()
                    .ok_or_else(|| invalid(format!("{name}() needs a list of bools")))?;
                if b != all {
                    return Ok(Value::Bool(!all));
                }
            }
        }
    }
    Ok(if saw_unknown {
        Value::unknown()
    } else {
        Value::Bool(all)
    })
}

pub fn chunklist(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 2)?;
    unknown_if_any!(args);
    let items = arg_seq(&args[0], "the list")?;
    let size = arg_int(&args[1], "the chunk size")?;
    if size < 0 {
        return Err(invalid("chunklist() size must not be negative"));
    }
    if size == 0 {
        return Ok(Value::list(vec![Value::list(items.to_vec())]));
    }
    Ok(Value::list(
        items
            .chunks(size as usize)
            .map(|c| Value::list(c.to_vec()))
            .collect(),
    ))
}

fn is_empty_or_null(v: &Value) -> bool {
    v.is_null() || v.as_str().is_some_and(str::is_empty)
}

pub fn coalesce(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    for a in args {
        match a {
            Value::Unknown(_) => return Ok(Value::unknown()),
            v if is_empty_or_null(v) => continue,
            v => return Ok(v.clone()),
        }
    }
    Err(invalid(format!(
        "{name}(): no non-null, non-empty argument"
    )))
}

pub fn coalescelist(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    for a in args {
        match a {
            Value::Unknown(_) => return Ok(Value::unknown()),
            Value::Null => continue,
            v => {
                if !arg_seq(v, "every argument")?.is_empty() {
                    return Ok(v.clone());
                }
            }
        }
    }
    Err(invalid(format!("{name}(): no non-empty list")))
}

pub fn compact(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 1)?;
    unknown_if_any!(args);
    let items = arg_seq(&args[0], "the list")?;
    if items.iter().any(Value::is_unknown) {
        return Ok(Value::unknown());
    }
    Ok(Value::list(
        items
            .iter()
            .filter(|v| !is_empty_or_null(v))
            .cloned()
            .collect(),
    ))
}

pub fn concat(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    unknown_if_any!(args);
    let mut out = Vec::new();
    for a in args {
        out.extend(arg_seq(a, "every argument")?.iter().cloned());
    }
    Ok(Value::list(out))
}

pub fn contains(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 2)?;
    unknown_if_any!(args);
    let items = arg_seq(&args[0], "the list")?;
    if args[1].contains_unknown() {
        return Ok(Value::unknown());
    }
    let mut unknown = false;
    for v in items {
        if v.contains_unknown() {
            unknown = true;
        } else if values_equal(v, &args[1]) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(if unknown {
        Value::unknown()
    } else {
        Value::Bool(false)
    })
}

pub fn distinct(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 1)?;
    unknown_if_any!(args);
    let items = arg_seq(&args[0], "the list")?;
    if items.iter().any(Value::contains_unknown) {
        return Ok(Value::unknown());
    }
    let mut out: Vec<Value> = Vec::new();
    for v in items {
        if !out.iter().any(|o| values_equal(o, v)) {
            out.push(v.clone());
        }
    }
    Ok(Value::list(out))
}

pub fn element(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 2)?;
    unknown_if_any!(args);
    let items = arg_seq(&args[0], "the list")?;
    if items.is_empty() {
        return Err(invalid("element() cannot use an empty list"));
    }
    let i = arg_int(&args[1], "the index")?;
    if i < 0 {
        return Err(invalid("element() index must not be negative"));
    }
    Ok(items[(i as usize) % items.len()].clone())
}

pub fn flatten(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 1)?;
    unknown_if_any!(args);
    fn walk(items: &[Value], out: &mut Vec<Value>) -> bool {
        for v in items {
            match v {
                Value::Unknown(_) => return false,
                Value::List(inner) | Value::Set(inner) => {
                    if !walk(inner, out) {
                        return false;
                    }
                }
                other => out.push(other.clone()),
            }
        }
        true
    }
    let mut out = Vec::new();
    if !walk(arg_seq(&args[0], "the list")?, &mut out) {
        return Ok(Value::unknown());
    }
    Ok(Value::list(out))
}

pub fn index(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 2)?;
    unknown_if_any!(args);
    let items = arg_seq(&args[0], "the list")?;
    for (i, v) in items.iter().enumerate() {
        if v.contains_unknown() {
            return Ok(Value::unknown());
        }
        if values_equal(v, &args[1]) {
            return Ok(Value::Number(i as f64));
        }
    }
    Err(invalid("index(): the item is not in the list"))
}

pub fn keys_values(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 1)?;
    unknown_if_any!(args);
    let map = arg_map(&args[0], "the argument")?;
    Ok(Value::list(if name == "keys" {
        map.keys().map(|k| Value::string(k.as_str())).collect()
    } else {
        map.values().cloned().collect()
    }))
}

pub fn length(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 1)?;
    unknown_if_any!(args);
    Ok(Value::Number(match &args[0] {
        Value::List(items) | Value::Set(items) => items.len(),
        Value::Object(obj) => obj.fields.len(),
        Value::String(s) => s.chars().count(),
        Value::Null => return Err(invalid("length() of a null value")),
        other => return Err(invalid(format!("length() of a {}", other.type_name()))),
    } as f64))
}

pub fn lookup(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity_range(name, args, 2, 3)?;
    if args[0].is_unknown() || args[1].is_unknown() {
        return Ok(Value::unknown());
    }
    let map = arg_map(&args[0], "the map")?;
    let key = arg_str(&args[1], "the key")?;
    match (map.get(&*key), args.get(2)) {
        (Some(v), _) => Ok(v.clone()),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(invalid(format!(
            "lookup(): no key {:?} and no default",
            &*key
        ))),
    }
}

pub fn matchkeys(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 3)?;
    unknown_if_any!(args);
    let values = arg_seq(&args[0], "the values")?;
    let keys = arg_seq(&args[1], "the keys")?;
    let search = arg_seq(&args[2], "the search set")?;
    if values.len() != keys.len() {
        return Err(invalid(
            "matchkeys(): values and keys must have the same length",
        ));
    }
    if keys.iter().chain(search).any(Value::contains_unknown) {
        return Ok(Value::unknown());
    }
    Ok(Value::list(
        values
            .iter()
            .zip(keys)
            .filter(|(_, k)| search.iter().any(|s| values_equal(s, k)))
            .map(|(v, _)| v.clone())
            .collect(),
    ))
}

pub fn merge(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    let mut out = Map::new();
    for a in args {
        match a {
            Value::Null => continue,
            Value::Unknown(_) => return Ok(Value::unknown()),
            other => {
                for (k, v) in arg_map(other, "every argument")? {
                    out.insert(k.clone(), v.clone());
                }
            }
        }
    }
    Ok(Value::object(out))
}

pub fn one(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 1)?;
    unknown_if_any!(args);
    if args[0].is_null() {
        return Ok(Value::Null);
    }
    let items = arg_seq(&args[0], "the argument")?;
    match items {
        [] => Ok(Value::Null),
        [v] => Ok(v.clone()),
        _ => Err(invalid(format!(
            "one() needs at most one element, got {}",
            items.len()
        ))),
    }
}

pub fn range(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity_range(name, args, 1, 3)?;
    unknown_if_any!(args);
    let nums = args
        .iter()
        .map(|a| super::arg_num(a, "every argument"))
        .collect::<Result<Vec<_>, _>>()?;
    let (start, end, step) = match nums.as_slice() {
        [end] => (0.0, *end, 1.0),
        [start, end] => (*start, *end, if end >= start { 1.0 } else { -1.0 }),
        [start, end, step] => (*start, *end, *step),
        _ => return Err(invalid("range() takes one to three numbers")),
    };
    if step == 0.0 {
        return Err(invalid("range() step must not be zero"));
    }
    if (step > 0.0 && start > end) || (step < 0.0 && start < end) {
        return Err(invalid("range() step goes the wrong way"));
    }
    let count = ((end - start) / step).ceil();
    if count > MAX_ELEMENTS as f64 {
        return Err(invalid(format!(
            "range() would produce more than {MAX_ELEMENTS} elements"
        )));
    }
    Ok(Value::list(
        (0..count as usize)
            .map(|i| Value::Number(start + step * i as f64))
            .collect(),
    ))
}

pub fn reverse(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 1)?;
    unknown_if_any!(args);
    let mut items = arg_seq(&args[0], "the list")?.to_vec();
    items.reverse();
    Ok(Value::list(items))
}

pub fn set_op(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    if args.is_empty() {
        return Err(invalid(format!("{name}() needs at least one set")));
    }
    unknown_if_any!(args);
    let sets: Vec<&[Value]> = args
        .iter()
        .map(|a| arg_seq(a, "every argument"))
        .collect::<Result<_, _>>()?;
    if sets.iter().any(|s| s.iter().any(Value::contains_unknown)) {
        return Ok(Value::unknown());
    }
    let has = |s: &[Value], v: &Value| s.iter().any(|x| values_equal(x, v));
    let out: Vec<Value> = match name {
        "setunion" => sets.iter().flat_map(|s| s.iter().cloned()).collect(),
        "setintersection" => sets[0]
            .iter()
            .filter(|v| sets[1..].iter().all(|s| has(s, v)))
            .cloned()
            .collect(),
        _ => {
            if sets.len() != 2 {
                return Err(invalid("setsubtract() takes two sets"));
            }
            sets[0]
                .iter()
                .filter(|v| !has(sets[1], v))
                .cloned()
                .collect()
        }
    };
    Ok(make_set(out))
}

pub fn setproduct(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    if args.len() < 2 {
        return Err(invalid(format!("{name}() needs at least two sets")));
    }
    unknown_if_any!(args);
    let sets: Vec<&[Value]> = args
        .iter()
        .map(|a| arg_seq(a, "every argument"))
        .collect::<Result<_, _>>()?;
    let total: usize = sets
        .iter()
        .map(|s| s.len())
        .try_fold(1usize, |a, n| a.checked_mul(n))
        .unwrap_or(usize::MAX);
    if total > MAX_ELEMENTS {
        return Err(invalid(format!(
            "setproduct() would produce more than {MAX_ELEMENTS} elements"
        )));
    }
    let mut out: Vec<Vec<Value>> = vec![Vec::new()];
    for s in &sets {
        out = out
            .into_iter()
            .flat_map(|prefix| {
                s.iter().map(move |v| {
                    let mut p = prefix.clone();
                    p.push(v.clone());
                    p
                })
            })
            .collect();
    }
    Ok(Value::list(out.into_iter().map(Value::list).collect()))
}

pub fn slice(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 3)?;
    unknown_if_any!(args);
    let items = arg_seq(&args[0], "the list")?;
    let (start, end) = (
        arg_int(&args[1], "the start index")?,
        arg_int(&args[2], "the end index")?,
    );
    if start < 0 || end < start || end as usize > items.len() {
        return Err(invalid(format!(
            "slice() indexes {start}..{end} are out of range for {} elements",
            items.len()
        )));
    }
    Ok(Value::list(items[start as usize..end as usize].to_vec()))
}

pub fn sort(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 1)?;
    unknown_if_any!(args);
    let items = arg_seq(&args[0], "the list")?;
    if items.iter().any(Value::is_unknown) {
        return Ok(Value::unknown());
    }
    let mut strs = items
        .iter()
        .map(|v| arg_str(v, "every element").map(|s| s.to_string()))
        .collect::<Result<Vec<_>, _>>()?;
    strs.sort();
    Ok(Value::list(strs.into_iter().map(Value::string).collect()))
}

pub fn transpose(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 1)?;
    unknown_if_any!(args);
    let mut out: std::collections::BTreeMap<String, Vec<Value>> = Default::default();
    for (k, list) in arg_map(&args[0], "the argument")? {
        if list.contains_unknown() {
            return Ok(Value::unknown());
        }
        for v in arg_seq(list, "every value")? {
            out.entry(arg_str(v, "every element")?.to_string())
                .or_default()
                .push(Value::string(k.as_str()));
        }
    }
    Ok(Value::object(
        out.into_iter().map(|(k, v)| (k, Value::list(v))).collect(),
    ))
}

pub fn zipmap(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 2)?;
    unknown_if_any!(args);
    let keys = arg_seq(&args[0], "the keys")?;
    let values = arg_seq(&args[1], "the values")?;
    if keys.len() != values.len() {
        return Err(invalid(
            "zipmap() keys and values must have the same length",
        ));
    }
    if keys.iter().any(Value::is_unknown) {
        return Ok(Value::unknown());
    }
    let mut out = Map::new();
    for (k, v) in keys.iter().zip(values) {
        out.insert(arg_str(k, "every key")?.to_string(), v.clone());
    }
    Ok(Value::object(out))
}

/// `tolist`, `toset`, `tomap`, `tostring`, `tonumber`, `tobool`.
pub fn convert(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(name, args, 1)?;
    let v = &args[0];
    if v.is_unknown() || v.is_null() {
        return Ok(v.clone());
    }
    let fail = || {
        invalid(format!(
            "{name}(): cannot convert a {} ({v})",
            v.type_name()
        ))
    };
    match name {
        "tostring" => v.to_str().map(Value::String).ok_or_else(fail),
        "tonumber" => v.to_number().map(Value::Number).ok_or_else(fail),
        "tobool" => v.to_bool().map(Value::Bool).ok_or_else(fail),
        "tolist" => v
            .as_seq()
            .map(|s| Value::List(Arc::new(s.to_vec())))
            .ok_or_else(fail),
        "toset" => {
            let items = v.as_seq().ok_or_else(fail)?;
            if items.iter().any(Value::contains_unknown) {
                return Ok(Value::unknown());
            }
            // A set of mixed primitives converts them all to strings, as Terraform unifies types.
            let mixed = items.iter().any(|i| matches!(i, Value::String(_)))
                && items
                    .iter()
                    .any(|i| matches!(i, Value::Number(_) | Value::Bool(_)));
            let items = if mixed {
                items
                    .iter()
                    .map(|i| i.to_str().map_or_else(|| i.clone(), Value::String))
                    .collect()
            } else {
                items.to_vec()
            };
            Ok(make_set(items))
        }
        _ => v.as_object().map(|_| v.clone()).ok_or_else(fail),
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::check;

    #[test]
    fn collections() {
        check(&[
            ("alltrue([true, \"true\"])", "true"),
            ("anytrue([false])", "false"),
            ("chunklist([1, 2, 3], 2)", "[[1, 2], [3]]"),
            ("coalesce(null, \"\", \"b\")", "\"b\""),
            ("coalescelist([], [1])", "[1]"),
            ("compact([\"a\", \"\", null, \"b\"])", "[\"a\", \"b\"]"),
            ("concat([1], [2, 3])", "[1, 2, 3]"),
            ("contains([\"a\", \"b\"], \"b\")", "true"),
            ("distinct([1, 2, 1])", "[1, 2]"),
            ("element([\"a\", \"b\"], 3)", "\"b\""),
            ("flatten([[1], [[2]], 3])", "[1, 2, 3]"),
            ("index([\"a\", \"b\"], \"b\")", "1"),
            ("keys({b = 1, a = 2})", "[\"a\", \"b\"]"),
            ("values({b = 1, a = 2})", "[2, 1]"),
            ("length(\"héllo\")", "5"),
            ("length({a = 1})", "1"),
            ("lookup({a = 1}, \"b\", 9)", "9"),
            ("lookup({a = 1}, \"b\")", "error"),
            (
                "matchkeys([\"i1\", \"i2\"], [\"a\", \"b\"], [\"b\"])",
                "[\"i2\"]",
            ),
            ("merge({a = 1, b = 2}, null, {b = 3})", "{a = 1, b = 3}"),
            ("one([])", "null"),
            ("one([1, 2])", "error"),
            ("range(3)", "[0, 1, 2]"),
            ("range(1, 7, 2)", "[1, 3, 5]"),
            ("range(3, 0)", "[3, 2, 1]"),
            ("range(10000000)", "error"),
            ("reverse([1, 2])", "[2, 1]"),
            ("setunion([\"b\"], [\"a\", \"b\"])", "[\"a\", \"b\"]"),
            ("setintersection([\"a\", \"b\"], [\"b\", \"c\"])", "[\"b\"]"),
            ("setsubtract([\"a\", \"b\"], [\"b\"])", "[\"a\"]"),
            (
                "setproduct([\"a\", \"b\"], [1])",
                "[[\"a\", 1], [\"b\", 1]]",
            ),
            ("slice([1, 2, 3, 4], 1, 3)", "[2, 3]"),
            ("slice([1], 0, 5)", "error"),
            ("sort([\"b\", \"a\", \"c\"])", "[\"a\", \"b\", \"c\"]"),
            (
                "transpose({a = [\"1\", \"2\"], b = [\"2\"]})",
                "{1 = [\"a\"], 2 = [\"a\", \"b\"]}",
            ),
            ("zipmap([\"a\", \"b\"], [1, 2])", "{a = 1, b = 2}"),
            ("toset([\"b\", \"a\", \"b\"])", "[\"a\", \"b\"]"),
            ("toset([1, \"a\"])", "[\"1\", \"a\"]"),
            ("tonumber(\"12\")", "12"),
            ("tonumber(\"x\")", "error"),
            ("tostring(true)", "\"true\""),
            ("tobool(\"false\")", "false"),
            ("tolist(toset([\"x\"]))", "[\"x\"]"),
            ("tomap({a = 1})", "{a = 1}"),
        ]);
    }
}
