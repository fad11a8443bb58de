//! Collection and type-conversion functions.

use std::sync::Arc;

use rustc_hash::FxHashSet as HashSet;

use super::{
    FnCtx, FnError, FnResult, MAX_ELEMENTS, arg_bool, arg_int, arg_map, arg_num, arg_seq, arg_str,
    arity, arity_min, arity_range, bad_param, invalid, unify, unknown_if_any,
};
use crate::model::value::{Map, Value, make_set, values_equal};

/// Terraform's own cap on `range()`: it exists to build small lists of indexes.
const MAX_RANGE: usize = 1024;

/// `alltrue`, `anytrue`. A known `false` (for `alltrue`) or `true` (for `anytrue`) decides
/// the result even when other elements are unknown.
pub fn all_any(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 1)?;
    unknown_if_any!(args);
    let all = name == "alltrue";
    let mut saw_unknown = false;
    for v in arg_seq(&args[0], "list")? {
        match v {
            Value::Unknown(_) => saw_unknown = true,
            // Terraform counts a null as false, so it decides `alltrue` and is ignored by
            // `anytrue`.
            Value::Null if all => return Ok(Value::Bool(false)),
            Value::Null => {}
            other => {
                if arg_bool(other, "list")? != all {
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

/// `chunklist(list, size)`: consecutive chunks of `size` elements (one chunk when 0).
pub fn chunklist(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 2)?;
    unknown_if_any!(args);
    let items = arg_seq(&args[0], "list")?;
    let size = arg_int(&args[1], "size")?;
    let size = usize::try_from(size)
        .map_err(|_| bad_param("size", "the size argument must be positive"))?;
    if size == 0 {
        return Ok(Value::list(vec![Value::list(items.to_vec())]));
    }
    Ok(Value::list(
        items
            .chunks(size)
            .map(|c| Value::list(c.to_vec()))
            .collect(),
    ))
}

/// `coalesce(vals...)`: the first argument that is neither null nor an empty string.
pub fn coalesce(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    // Arguments share one type: a string among numbers makes them all strings, and then
    // an empty string is skipped like a null.
    let args = unify(args, "vals")?;
    for a in &args {
        match a {
            Value::Unknown(_) => return Ok(Value::unknown()),
            Value::Null => {}
            Value::String(s) if s.is_empty() => {}
            v => return Ok(v.clone()),
        }
    }
    Err(invalid("no non-null, non-empty-string arguments"))
}

/// `coalescelist(lists...)`: the first list that is not empty.
pub fn coalescelist(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity_min(args, 1)?;
    for a in args {
        match a {
            Value::Unknown(_) => return Ok(Value::unknown()),
            Value::Null => {}
            Value::List(items) if items.is_empty() => {}
            Value::List(_) => return Ok(a.clone()),
            _ => {
                return Err(bad_param(
                    "vals",
                    "coalescelist arguments must be lists or tuples",
                ));
            }
        }
    }
    Err(invalid("no non-null arguments"))
}

/// `compact(list)`: the list of strings without nulls and empty strings.
pub fn compact(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 1)?;
    unknown_if_any!(args);
    let items = arg_seq(&args[0], "list")?;
    if items.iter().any(Value::contains_unknown) {
        return Ok(Value::unknown());
    }
    let mut out = Vec::with_capacity(items.len());
    for v in items {
        if !v.is_null() {
            let s = arg_str(v, "list")?;
            if !s.is_empty() {
                out.push(Value::String(s));
            }
        }
    }
    Ok(Value::list(out))
}

/// `concat(lists...)`: the lists joined into one.
pub fn concat(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    unknown_if_any!(args);
    let mut out = Vec::new();
    for a in args {
        out.extend(arg_seq(a, "seqs")?.iter().cloned());
    }
    Ok(Value::list(out))
}

/// `contains(list, value)`: whether the value is an element.
pub fn contains(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 2)?;
    let items = match &args[0] {
        Value::Null => return Err(invalid("cannot search a nil list or set")),
        Value::Unknown(_) => return Ok(Value::unknown()),
        other => arg_seq(other, "list")?,
    };
    if items.is_empty() {
        return Ok(Value::Bool(false));
    }
    if args[1].contains_unknown() {
        return Ok(Value::unknown());
    }
    // An unknown element might equal the value, so only a match settles it.
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

/// `distinct(list)`: the list without repeated elements, first occurrences kept.
pub fn distinct(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 1)?;
    unknown_if_any!(args);
    let items = unify(arg_seq(&args[0], "list")?, "list")?;
    if items.iter().any(Value::contains_unknown) {
        return Ok(Value::unknown());
    }
    let mut out: Vec<Value> = Vec::new();
    if let Some(strings) = all_strings(&items) {
        let mut seen = HashSet::default();
        for (v, s) in items.iter().zip(strings) {
            if seen.insert(s) {
                out.push(v.clone());
            }
        }
        return Ok(Value::list(out));
    }
    for v in items {
        if !out.iter().any(|o| values_equal(o, &v)) {
            out.push(v);
        }
    }
    Ok(Value::list(out))
}

/// The elements' text when every element is a string, the common case of the functions that
/// compare elements: they then look elements up in a hash set instead of comparing each with
/// each.
fn all_strings(items: &[Value]) -> Option<Vec<&str>> {
    items.iter().map(Value::as_str).collect()
}

/// Membership in a list of values, by hashing when they are all strings.
enum Members<'a> {
    Strings(HashSet<&'a str>),
    Values(&'a [Value]),
}

impl<'a> Members<'a> {
    fn of(items: &'a [Value]) -> Self {
        match all_strings(items) {
            Some(strings) => Members::Strings(strings.into_iter().collect()),
            None => Members::Values(items),
        }
    }

    fn contains(&self, v: &Value) -> bool {
        match (self, v) {
            (Members::Strings(set), Value::String(s)) => set.contains(&**s),
            (Members::Strings(_), _) => false,
            (Members::Values(items), v) => items.iter().any(|x| values_equal(x, v)),
        }
    }
}

/// `element(list, index)`: the element at `index`, wrapping around the end.
pub fn element(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 2)?;
    unknown_if_any!(args);
    let items = arg_seq(&args[0], "list")?;
    if items.is_empty() {
        return Err(invalid("cannot use element function with an empty list"));
    }
    let i = arg_int(&args[1], "index")?;
    let i = u64::try_from(i)
        .map_err(|_| invalid("cannot use element function with a negative index"))?;
    // The index wraps around, as Terraform's element() does.
    let at = (i % items.len() as u64) as usize;
    Ok(items[at].clone())
}

/// Unknown elements are kept as they are: tfgate does not know their type, and in practice
/// they are computed attributes (ids, ARNs) whose origin the rules still want to see. An
/// unknown that was really a list makes the result's length wrong, not its contents.
pub fn flatten(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 1)?;
    unknown_if_any!(args);
    fn walk(items: &[Value], out: &mut Vec<Value>, depth: usize) -> Result<(), FnError> {
        if depth > 1000 {
            return Err(invalid("lists nested too deeply"));
        }
        for v in items {
            match v {
                Value::List(inner) | Value::Set(inner) => walk(inner, out, depth + 1)?,
                other => out.push(other.clone()),
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(arg_seq(&args[0], "list")?, &mut out, 0)?;
    Ok(Value::list(out))
}

/// `index(list, value)`: the position of the first element equal to `value`.
pub fn index(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 2)?;
    unknown_if_any!(args);
    let items = match &args[0] {
        Value::List(items) => items,
        _ => return Err(bad_param("list", "argument must be a list or tuple")),
    };
    if items.is_empty() {
        return Err(invalid("cannot search an empty list"));
    }
    for (i, v) in items.iter().enumerate() {
        if v.contains_unknown() || args[1].contains_unknown() {
            return Ok(Value::unknown());
        }
        if values_equal(v, &args[1]) {
            return Ok(Value::Number(i as f64));
        }
    }
    Err(invalid("item not found"))
}

/// `keys`, `values`: known keys even when values are not.
pub fn keys_values(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 1)?;
    unknown_if_any!(args);
    let map = arg_map(&args[0], "inputMap")?;
    Ok(Value::list(if name == "keys" {
        map.keys().map(|k| Value::string(k.as_str())).collect()
    } else {
        map.values().cloned().collect()
    }))
}

/// `length(value)`: characters of a string, elements of a collection, attributes of an object.
pub fn length(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 1)?;
    unknown_if_any!(args);
    let n = match &args[0] {
        Value::List(items) | Value::Set(items) => items.len(),
        Value::Object(obj) => obj.fields.len(),
        Value::String(s) => super::string::graphemes(s).len(),
        Value::Null => return Err(bad_param("value", "argument must not be null")),
        _ => {
            return Err(bad_param(
                "value",
                "argument must be a string, a collection type, or a structural type",
            ));
        }
    };
    Ok(Value::Number(n as f64))
}

/// `lookup(map, key, default?)`: the value at `key`, or `default`.
pub fn lookup(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity_range(args, 2, 3)?;
    if args[0].is_unknown() || args[1].is_unknown() {
        return Ok(Value::unknown());
    }
    let Value::Object(obj) = &args[0] else {
        return Err(bad_param(
            "inputMap",
            "lookup() requires a map as the first argument",
        ));
    };
    let key = arg_str(&args[1], "key")?;
    if let Some(v) = obj.fields.get(&*key) {
        return Ok(v.clone());
    }
    // A resource object has every attribute of its schema; those the configuration did not
    // set are computed, so the default does not apply.
    if obj.origin.is_some()
        && let Some(v) = args[0].get_attr(&key)
    {
        return Ok(v);
    }
    match args.get(2) {
        Some(default) => Ok(default.clone()),
        None => Err(invalid(format!("lookup failed to find key {key:?}"))),
    }
}

/// `matchkeys(values, keys, searchset)`: the values whose key is in the search set.
pub fn matchkeys(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 3)?;
    unknown_if_any!(args);
    let values = arg_seq(&args[0], "values")?;
    let keys = arg_seq(&args[1], "keys")?;
    let search = arg_seq(&args[2], "searchset")?;
    if values.len() != keys.len() {
        return Err(invalid(
            "the length of the keys and values arguments must match",
        ));
    }
    if keys.iter().chain(search).any(Value::contains_unknown) {
        return Ok(Value::unknown());
    }
    let search = Members::of(search);
    Ok(Value::list(
        values
            .iter()
            .zip(keys)
            .filter(|(_, k)| search.contains(k))
            .map(|(v, _)| v.clone())
            .collect(),
    ))
}

/// `merge(maps...)`: one map, later keys winning; nulls are skipped.
pub fn merge(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    let mut out = Map::new();
    for a in args {
        match a {
            Value::Null => {}
            Value::Unknown(_) => return Ok(Value::unknown()),
            other => {
                for (k, v) in arg_map(other, "maps")? {
                    out.insert(k.clone(), v.clone());
                }
            }
        }
    }
    Ok(Value::object(out))
}

/// `one(list)`: the only element, or null for an empty list or null.
pub fn one(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 1)?;
    unknown_if_any!(args);
    if args[0].is_null() {
        return Ok(Value::Null);
    }
    match arg_seq(&args[0], "list")? {
        [] => Ok(Value::Null),
        [v] => Ok(v.clone()),
        _ => Err(bad_param(
            "list",
            "must be a list, set, or tuple value with either zero or one elements",
        )),
    }
}

/// `range(limit)`, `range(start, limit, step?)`: a list of numbers.
pub fn range(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity_range(args, 1, 3)?;
    unknown_if_any!(args);
    let nums = args
        .iter()
        .zip(["start", "limit", "step"])
        .map(|(a, p)| arg_num(a, p))
        .collect::<Result<Vec<_>, _>>()?;
    let (start, end, step) = match nums.as_slice() {
        [end] => (0.0, *end, if *end < 0.0 { -1.0 } else { 1.0 }),
        [start, end] => (*start, *end, if end < start { -1.0 } else { 1.0 }),
        [start, end, step] => (*start, *end, *step),
        _ => return Err(invalid("must have one, two, or three arguments")),
    };
    if step == 0.0 {
        return Err(bad_param("step", "step must not be zero"));
    }
    if step < 0.0 && end > start {
        return Err(bad_param(
            "limit",
            "end must be less than start when step is negative",
        ));
    }
    if step > 0.0 && end < start {
        return Err(bad_param(
            "limit",
            "end must be greater than start when step is positive",
        ));
    }
    let mut out = Vec::new();
    let mut n = start;
    while (step > 0.0 && n < end) || (step < 0.0 && n > end) {
        if out.len() >= MAX_RANGE {
            return Err(invalid(format!(
                "more than {MAX_RANGE} values were generated; either decrease the difference between start and end or use a smaller step"
            )));
        }
        out.push(Value::Number(n));
        n += step;
    }
    Ok(Value::list(out))
}

/// `reverse(list)`: the elements in reverse order.
pub fn reverse(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 1)?;
    unknown_if_any!(args);
    let mut items = arg_seq(&args[0], "list")?.to_vec();
    items.reverse();
    Ok(Value::list(items))
}

/// `setintersection`, `setsubtract`, `setunion`.
pub fn set_op(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    if name == "setsubtract" {
        arity(args, 2)?;
    } else {
        arity_min(args, 1)?;
    }
    unknown_if_any!(args);
    let sets = args
        .iter()
        .map(|a| arg_seq(a, "sets"))
        .collect::<Result<Vec<_>, _>>()?;
    if sets.iter().any(|s| s.iter().any(Value::contains_unknown)) {
        return Ok(Value::unknown());
    }
    let all: Vec<Value> = sets.iter().flat_map(|s| s.iter().cloned()).collect();
    let unified = unify(&all, "sets")?;
    // The sets again, now with one element type.
    let mut split = Vec::with_capacity(sets.len());
    let mut rest = unified.as_slice();
    for s in &sets {
        let (head, tail) = rest.split_at(s.len());
        split.push(head);
        rest = tail;
    }
    let out: Vec<Value> = match name {
        "setunion" => unified.clone(),
        "setintersection" => {
            let others: Vec<Members> = split[1..].iter().map(|s| Members::of(s)).collect();
            split[0]
                .iter()
                .filter(|v| others.iter().all(|s| s.contains(v)))
                .cloned()
                .collect()
        }
        _ => {
            let other = Members::of(split[1]);
            split[0]
                .iter()
                .filter(|v| !other.contains(v))
                .cloned()
                .collect()
        }
    };
    Ok(make_set(out))
}

/// `setproduct(sets...)`: every combination of one element from each argument.
pub fn setproduct(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity_min(args, 2)?;
    unknown_if_any!(args);
    let sets = args
        .iter()
        .map(|a| arg_seq(a, "sets"))
        .collect::<Result<Vec<_>, _>>()?;
    let total = sets
        .iter()
        .try_fold(1usize, |acc, s| acc.checked_mul(s.len()))
        .unwrap_or(usize::MAX);
    if total > MAX_ELEMENTS {
        return Err(invalid(format!(
            "the product would have more than {MAX_ELEMENTS} elements"
        )));
    }
    let mut rows: Vec<Vec<Value>> = vec![Vec::new()];
    for s in &sets {
        rows = rows
            .into_iter()
            .flat_map(|prefix| {
                s.iter().map(move |v| {
                    let mut row = prefix.clone();
                    row.push(v.clone());
                    row
                })
            })
            .collect();
    }
    let rows: Vec<Value> = rows.into_iter().map(Value::list).collect();
    // The product of sets is a set; if any argument is a list, it is a list.
    if args.iter().all(|a| matches!(a, Value::Set(_))) {
        Ok(make_set(rows))
    } else {
        Ok(Value::list(rows))
    }
}

/// `slice(list, start, end)`: the elements from `start` up to, not including, `end`.
pub fn slice(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 3)?;
    unknown_if_any!(args);
    let items = arg_seq(&args[0], "list")?;
    let start = arg_int(&args[1], "start_index")?;
    let end = arg_int(&args[2], "end_index")?;
    if start < 0 {
        return Err(bad_param(
            "start_index",
            "must be greater than or equal to 0",
        ));
    }
    if end > items.len() as i64 {
        return Err(bad_param(
            "end_index",
            "must be less than or equal to the length of the list",
        ));
    }
    if start > end {
        return Err(bad_param(
            "start_index",
            "must be less than or equal to end_index",
        ));
    }
    Ok(Value::list(items[start as usize..end as usize].to_vec()))
}

/// `sort(list)`: strings in lexical order.
pub fn sort(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 1)?;
    unknown_if_any!(args);
    let items = arg_seq(&args[0], "list")?;
    if items.iter().any(Value::is_unknown) {
        return Ok(Value::unknown());
    }
    let mut strs = items
        .iter()
        .map(|v| match v {
            Value::Null => Err(bad_param("list", "given list element is null")),
            other => arg_str(other, "list"),
        })
        .collect::<Result<Vec<_>, _>>()?;
    strs.sort();
    Ok(Value::list(strs.into_iter().map(Value::String).collect()))
}

/// `transpose(map)`: a map of lists of strings with keys and values swapped.
pub fn transpose(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 1)?;
    unknown_if_any!(args);
    let mut out: std::collections::BTreeMap<String, Vec<Value>> = Default::default();
    for (k, list) in arg_map(&args[0], "values")? {
        if list.contains_unknown() {
            return Ok(Value::unknown());
        }
        for v in arg_seq(list, "values")? {
            out.entry(arg_str(v, "values")?.to_string())
                .or_default()
                .push(Value::string(k.as_str()));
        }
    }
    Ok(Value::object(
        out.into_iter().map(|(k, v)| (k, Value::list(v))).collect(),
    ))
}

/// `zipmap(keys, values)`: a map built from a list of keys and a list of values.
pub fn zipmap(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 2)?;
    unknown_if_any!(args);
    let keys = arg_seq(&args[0], "keys")?;
    let values = arg_seq(&args[1], "values")?;
    if keys.len() != values.len() {
        return Err(invalid(format!(
            "number of keys ({}) does not match number of values ({})",
            keys.len(),
            values.len()
        )));
    }
    if keys.iter().any(Value::is_unknown) {
        return Ok(Value::unknown());
    }
    let mut out = Map::new();
    for (k, v) in keys.iter().zip(values) {
        out.insert(arg_str(k, "keys")?.to_string(), v.clone());
    }
    Ok(Value::object(out))
}

/// `tolist`, `toset`, `tomap`, `tostring`, `tonumber`, `tobool`: nulls and unknowns pass
/// through, as Terraform's conversions keep them.
pub fn convert(name: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 1)?;
    let v = &args[0];
    if v.is_unknown() || v.is_null() {
        return Ok(v.clone());
    }
    let target = name.trim_start_matches("to");
    let fail = || bad_param("v", format!("cannot convert {} to {target}", describe(v)));
    match name {
        "tostring" => v.to_str().map(Value::String).ok_or_else(fail),
        "tonumber" => v.to_number().map(Value::Number).ok_or_else(fail),
        "tobool" => v.to_bool().map(Value::Bool).ok_or_else(fail),
        "tolist" => {
            let items = v.as_seq().ok_or_else(fail)?;
            Ok(Value::List(Arc::new(unify(items, "v")?)))
        }
        "toset" => {
            let items = v.as_seq().ok_or_else(fail)?;
            // Unknown elements may turn out equal to others: the set's size is unknown.
            if items.iter().any(Value::contains_unknown) {
                return Ok(Value::unknown());
            }
            Ok(make_set(unify(items, "v")?))
        }
        _ => {
            let obj = v.as_object().ok_or_else(fail)?;
            let values: Vec<Value> = obj.fields.values().cloned().collect();
            let unified = unify(&values, "v")?;
            Ok(Value::object(
                obj.fields.keys().cloned().zip(unified).collect(),
            ))
        }
    }
}

fn describe(v: &Value) -> String {
    match v {
        Value::String(s) => format!("string {s:?}"),
        other => other.type_name().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{UNKNOWN, check};

    #[test]
    fn collections() {
        check(&[
            ("alltrue([true, \"true\"])", "true"),
            ("alltrue([])", "true"),
            ("alltrue([true, null])", "false"),
            ("alltrue([timestamp(), false])", "false"),
            ("alltrue([timestamp(), true])", UNKNOWN),
            ("alltrue([1])", "error: bool required"),
            ("anytrue([false])", "false"),
            ("anytrue([])", "false"),
            ("anytrue([null, true])", "true"),
            ("anytrue([timestamp(), true])", "true"),
            ("anytrue([timestamp(), false])", UNKNOWN),
            ("chunklist([1, 2, 3], 2)", "[[1, 2], [3]]"),
            ("chunklist([1, 2], 0)", "[[1, 2]]"),
            ("chunklist([], 3)", "[]"),
            ("chunklist([1], -1)", "error: must be positive"),
            ("coalesce(null, \"\", \"b\")", "\"b\""),
            ("coalesce(1, 2)", "1"),
            ("coalesce(\"\", 5)", "\"5\""),
            ("coalesce([], [1])", "[]"),
            (
                "coalesce(null, \"\")",
                "error: no non-null, non-empty-string arguments",
            ),
            ("coalesce()", "error"),
            ("coalesce(1, true)", "error: same type"),
            ("coalescelist([], [1])", "[1]"),
            ("coalescelist(null, [], [\"a\"])", "[\"a\"]"),
            ("coalescelist([], timestamp(), [1])", UNKNOWN),
            ("coalescelist([], [])", "error: no non-null arguments"),
            ("coalescelist(\"a\")", "error: must be lists or tuples"),
            (
                "compact([\"a\", \"\", null, \"b\", 1])",
                "[\"a\", \"b\", \"1\"]",
            ),
            ("compact([\"a\", timestamp()])", UNKNOWN),
            ("compact([[1]])", "error: string required"),
            ("concat([1], [2, 3], [])", "[1, 2, 3]"),
            ("concat()", "[]"),
            ("concat([1], timestamp())", UNKNOWN),
            ("concat([1], \"a\")", "error: list, set or tuple required"),
            ("contains([\"a\", \"b\"], \"b\")", "true"),
            ("contains([\"a\", \"b\"], \"c\")", "false"),
            ("contains([], timestamp())", "false"),
            ("contains([1], \"1\")", "false"),
            ("contains(null, 1)", "error: nil list"),
            ("distinct([1, 2, 1])", "[1, 2]"),
            ("distinct([\"a\", 1, \"1\"])", "[\"a\", \"1\"]"),
            ("distinct([timestamp()])", UNKNOWN),
            // All strings: looked up by hashing, first occurrences kept in order.
            (
                "distinct([\"b\", \"a\", \"b\", \"c\", \"a\"])",
                "[\"b\", \"a\", \"c\"]",
            ),
            ("distinct([[1], [1], [2]])", "[[1], [2]]"),
            ("element([\"a\", \"b\"], 3)", "\"b\""),
            ("element([\"a\", \"b\"], \"1\")", "\"b\""),
            ("element([], 0)", "error: empty list"),
            ("element([1], -1)", "error: negative index"),
            ("element([1], timestamp())", UNKNOWN),
            ("flatten([[1], [[2]], 3, []])", "[1, 2, 3]"),
            (
                "flatten([[\"a\", timestamp()]])",
                "[\"a\", (known after apply: known after apply)]",
            ),
            ("flatten([{a = 1}])", "[{a = 1}]"),
            ("flatten(timestamp())", UNKNOWN),
            ("index([\"a\", \"b\"], \"b\")", "1"),
            ("index([\"a\"], \"z\")", "error: item not found"),
            ("index([], \"z\")", "error: empty list"),
            ("index([timestamp(), \"a\"], \"a\")", UNKNOWN),
            ("keys({b = 1, a = 2})", "[\"a\", \"b\"]"),
            ("values({b = 1, a = 2})", "[2, 1]"),
            (
                "values({a = timestamp()})",
                "[(known after apply: known after apply)]",
            ),
            ("keys([1])", "error: map or object required"),
            ("length(\"héllo\")", "5"),
            ("length(\"🇫🇷\")", "1"),
            ("length({a = 1})", "1"),
            ("length(toset([1, 1]))", "1"),
            ("length(1)", "error: a string, a collection type"),
            ("length(null)", "error: must not be null"),
            ("length(timestamp())", UNKNOWN),
            ("lookup({a = 1}, \"a\", 9)", "1"),
            ("lookup({a = 1}, \"b\", 9)", "9"),
            (
                "lookup({a = 1}, \"b\")",
                "error: lookup failed to find key \"b\"",
            ),
            ("lookup({a = 1}, timestamp())", UNKNOWN),
            ("lookup([1], \"a\")", "error: requires a map"),
            (
                "matchkeys([\"i1\", \"i2\"], [\"a\", \"b\"], [\"b\"])",
                "[\"i2\"]",
            ),
            ("matchkeys([1], [1, 2], [1])", "error: must match"),
            ("matchkeys([1], [\"a\"], [timestamp()])", UNKNOWN),
            ("merge({a = 1, b = 2}, null, {b = 3})", "{a = 1, b = 3}"),
            ("merge()", "{}"),
            ("merge({a = 1}, timestamp())", UNKNOWN),
            ("merge({a = 1}, [1])", "error: map or object required"),
            ("one([])", "null"),
            ("one(null)", "null"),
            ("one([\"x\"])", "\"x\""),
            ("one(toset([\"x\"]))", "\"x\""),
            ("one([1, 2])", "error: either zero or one elements"),
            ("range(3)", "[0, 1, 2]"),
            ("range(-3)", "[0, -1, -2]"),
            ("range(1, 4)", "[1, 2, 3]"),
            ("range(1, 7, 2)", "[1, 3, 5]"),
            ("range(3, 0)", "[3, 2, 1]"),
            ("range(0, 1, 0.25)", "[0, 0.25, 0.5, 0.75]"),
            ("range(0)", "[]"),
            ("range(1, 4, -1)", "error: end must be less than start"),
            ("range(4, 1, 1)", "error: end must be greater than start"),
            ("range(1, 2, 0)", "error: step must not be zero"),
            ("length(range(1024))", "1024"),
            ("range(1025)", "error: more than 1024 values were generated"),
            ("range(1e300)", "error: more than 1024 values"),
            ("reverse([1, 2])", "[2, 1]"),
            ("setunion([\"b\"], [\"a\", \"b\"])", "[\"a\", \"b\"]"),
            ("setunion([\"a\"], [1])", "[\"1\", \"a\"]"),
            ("setintersection([\"a\", \"b\"], [\"b\", \"c\"])", "[\"b\"]"),
            ("setintersection([\"a\"])", "[\"a\"]"),
            ("setsubtract([\"a\", \"b\"], [\"b\"])", "[\"a\"]"),
            (
                "setintersection([\"a\", \"b\", \"c\"], [\"c\", \"a\"], [\"a\", \"c\", \"d\"])",
                "[\"a\", \"c\"]",
            ),
            ("setsubtract([\"a\", \"1\"], [1])", "[\"a\"]"),
            ("setsubtract([[1], [2]], [[2]])", "[[1]]"),
            (
                "matchkeys([\"i1\", \"i2\", \"i3\"], [\"a\", \"b\", \"a\"], [\"a\"])",
                "[\"i1\", \"i3\"]",
            ),
            ("setsubtract([\"a\"])", "error: expects 2 arguments"),
            ("setunion([timestamp()], [\"a\"])", UNKNOWN),
            (
                "setproduct([\"a\", \"b\"], [1])",
                "[[\"a\", 1], [\"b\", 1]]",
            ),
            (
                "setproduct(toset([\"b\", \"a\"]), toset([1]))",
                "[[\"a\", 1], [\"b\", 1]]",
            ),
            ("setproduct([], [1])", "[]"),
            ("setproduct([1])", "error: expects at least 2 arguments"),
            (
                "setproduct(range(1000), range(1000), range(2))",
                "error: more than 1000000 elements",
            ),
            ("slice([1, 2, 3, 4], 1, 3)", "[2, 3]"),
            ("slice([1, timestamp()], 0, 1)", "[1]"),
            ("slice([1], 0, 5)", "error: end_index"),
            ("slice([1, 2], 2, 1)", "error: start_index"),
            ("slice([1, 2], -1, 1)", "error: start_index"),
            ("sort([\"b\", \"a\", \"c\"])", "[\"a\", \"b\", \"c\"]"),
            ("sort([3, 11, 1])", "[\"1\", \"11\", \"3\"]"),
            ("sort([\"a\", timestamp()])", UNKNOWN),
            ("sort([null])", "error: null"),
            (
                "transpose({a = [\"1\", \"2\"], b = [\"2\"]})",
                "{1 = [\"a\"], 2 = [\"a\", \"b\"]}",
            ),
            ("transpose({a = [timestamp()]})", UNKNOWN),
            ("zipmap([\"a\", \"b\"], [1, 2])", "{a = 1, b = 2}"),
            (
                "zipmap([\"a\"], [timestamp()])",
                "{a = (known after apply: known after apply)}",
            ),
            ("zipmap([\"a\"], [1, 2])", "error: does not match"),
            ("zipmap([timestamp()], [1])", UNKNOWN),
        ]);
    }

    #[test]
    fn conversions() {
        check(&[
            ("toset([\"b\", \"a\", \"b\"])", "[\"a\", \"b\"]"),
            ("toset([1, \"a\"])", "[\"1\", \"a\"]"),
            ("toset([\"a\", timestamp()])", UNKNOWN),
            ("toset([1, true])", "error: same type"),
            ("tolist(toset([\"x\"]))", "[\"x\"]"),
            ("tolist([1, \"a\"])", "[\"1\", \"a\"]"),
            ("tolist({a = 1})", "error: cannot convert object to list"),
            ("tomap({a = 1, b = \"x\"})", "{a = \"1\", b = \"x\"}"),
            ("tomap([1])", "error: cannot convert tuple to map"),
            ("tonumber(\"12\")", "12"),
            (
                "tonumber(\"x\")",
                "error: cannot convert string \"x\" to number",
            ),
            ("tonumber(true)", "error"),
            ("tonumber(null)", "null"),
            ("tostring(true)", "\"true\""),
            ("tostring(1.5)", "\"1.5\""),
            ("tostring([1])", "error: cannot convert tuple to string"),
            ("tostring(timestamp())", UNKNOWN),
            ("tobool(\"false\")", "false"),
            ("tobool(1)", "error"),
        ]);
    }
}
