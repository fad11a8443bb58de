//! Terraform's built-in functions.
//!
//! `try`, `can` and `templatefile` are special forms in the evaluator (they need the
//! unevaluated expression or the evaluation context); everything else is here. Arguments
//! arrive evaluated. A function whose result depends on an unknown argument returns unknown;
//! where Terraform keeps partial knowledge (`length` of a list with unknown elements, `merge`
//! of objects with unknown values), so does tfgate.

mod collection;
mod encoding;
mod filesystem;
mod network;
mod numeric;
mod string;

use std::path::Path;

use super::value::Value;

/// What file functions need to know.
pub struct FnCtx<'a> {
    /// Where relative paths resolve: the root module's directory, as Terraform resolves them
    /// against the directory it runs in (modules use `path.module` to be explicit).
    pub base_dir: &'a Path,
    /// The scanned tree: file functions refuse paths that resolve outside it.
    pub tree_root: &'a Path,
}

/// Why a function call has no value.
#[derive(Debug, Clone, PartialEq)]
pub enum FnError {
    /// tfgate does not implement this function.
    Unsupported(String),
    /// The arguments are wrong, as Terraform would also say.
    Invalid(String),
}

pub type FnResult = Result<Value, FnError>;

/// Calls a function by name.
pub fn call(name: &str, args: &[Value], cx: &FnCtx) -> FnResult {
    if let Some(f) = lookup(name) {
        return f(name, args, cx);
    }
    match name {
        "timestamp" | "plantimestamp" | "uuid" | "bcrypt" | "uuidv4" => Ok(Value::unknown()),
        "sensitive" | "nonsensitive" | "ephemeralasnull" => {
            arity(name, args, 1)?;
            Ok(args[0].clone())
        }
        "issensitive" => {
            arity(name, args, 1)?;
            Ok(Value::Bool(false))
        }
        _ => Err(FnError::Unsupported(name.to_string())),
    }
}

type Func = fn(&str, &[Value], &FnCtx) -> FnResult;

fn lookup(name: &str) -> Option<Func> {
    let f: Func = match name {
        // numeric
        "abs" | "ceil" | "floor" | "signum" => numeric::unary,
        "log" => numeric::log,
        "max" | "min" => numeric::max_min,
        "parseint" => numeric::parseint,
        "pow" => numeric::pow,
        "sum" => numeric::sum,
        // string
        "chomp" | "lower" | "upper" | "strrev" | "title" | "trimspace" => string::unary,
        "endswith" | "startswith" | "strcontains" => string::predicate,
        "format" => string::format,
        "formatlist" => string::formatlist,
        "indent" => string::indent,
        "join" => string::join,
        "regex" | "regexall" => string::regex,
        "replace" => string::replace,
        "split" => string::split,
        "substr" => string::substr,
        "trim" | "trimprefix" | "trimsuffix" => string::trim,
        // collection
        "alltrue" | "anytrue" => collection::all_any,
        "chunklist" => collection::chunklist,
        "coalesce" => collection::coalesce,
        "coalescelist" => collection::coalescelist,
        "compact" => collection::compact,
        "concat" => collection::concat,
        "contains" => collection::contains,
        "distinct" => collection::distinct,
        "element" => collection::element,
        "flatten" => collection::flatten,
        "index" => collection::index,
        "keys" | "values" => collection::keys_values,
        "length" => collection::length,
        "lookup" => collection::lookup,
        "matchkeys" => collection::matchkeys,
        "merge" => collection::merge,
        "one" => collection::one,
        "range" => collection::range,
        "reverse" => collection::reverse,
        "setintersection" | "setsubtract" | "setunion" => collection::set_op,
        "setproduct" => collection::setproduct,
        "slice" => collection::slice,
        "sort" => collection::sort,
        "transpose" => collection::transpose,
        "zipmap" => collection::zipmap,
        "tolist" | "toset" | "tomap" | "tostring" | "tonumber" | "tobool" => collection::convert,
        // encoding and hashing
        "base64decode" | "base64encode" | "textencodebase64" | "textdecodebase64" | "urlencode" => {
            encoding::text
        }
        "jsonencode" => encoding::jsonencode,
        "jsondecode" => encoding::jsondecode,
        "csvdecode" => encoding::csvdecode,
        "yamlencode" => encoding::yamlencode,
        "md5" | "sha1" | "sha256" | "sha512" | "base64sha256" | "base64sha512" => encoding::hash,
        // filesystem
        "abspath" | "basename" | "dirname" => filesystem::path_fn,
        "pathexpand" => filesystem::pathexpand,
        "file" | "filebase64" | "fileexists" | "filemd5" | "filesha1" | "filesha256"
        | "filesha512" | "filebase64sha256" | "filebase64sha512" => filesystem::file_fn,
        "fileset" => filesystem::fileset,
        // time
        "formatdate" => encoding::formatdate,
        "timeadd" => encoding::timeadd,
        "timecmp" => encoding::timecmp,
        // network
        "cidrhost" => network::cidrhost,
        "cidrnetmask" => network::cidrnetmask,
        "cidrsubnet" => network::cidrsubnet,
        "cidrsubnets" => network::cidrsubnets,
        _ => return None,
    };
    Some(f)
}

/// Every function name `call` answers, sorted.
pub fn names() -> &'static [&'static str] {
    &[
        "abs",
        "abspath",
        "alltrue",
        "anytrue",
        "base64decode",
        "base64encode",
        "base64sha256",
        "base64sha512",
        "basename",
        "bcrypt",
        "ceil",
        "chomp",
        "chunklist",
        "cidrhost",
        "cidrnetmask",
        "cidrsubnet",
        "cidrsubnets",
        "coalesce",
        "coalescelist",
        "compact",
        "concat",
        "contains",
        "csvdecode",
        "dirname",
        "distinct",
        "element",
        "endswith",
        "ephemeralasnull",
        "file",
        "filebase64",
        "filebase64sha256",
        "filebase64sha512",
        "fileexists",
        "filemd5",
        "fileset",
        "filesha1",
        "filesha256",
        "filesha512",
        "flatten",
        "floor",
        "format",
        "formatdate",
        "formatlist",
        "indent",
        "index",
        "issensitive",
        "join",
        "jsondecode",
        "jsonencode",
        "keys",
        "length",
        "log",
        "lookup",
        "lower",
        "matchkeys",
        "max",
        "md5",
        "merge",
        "min",
        "nonsensitive",
        "one",
        "parseint",
        "pathexpand",
        "plantimestamp",
        "pow",
        "range",
        "regex",
        "regexall",
        "replace",
        "reverse",
        "sensitive",
        "setintersection",
        "setproduct",
        "setsubtract",
        "setunion",
        "sha1",
        "sha256",
        "sha512",
        "signum",
        "slice",
        "sort",
        "split",
        "startswith",
        "strcontains",
        "strrev",
        "substr",
        "sum",
        "textdecodebase64",
        "textencodebase64",
        "timeadd",
        "timecmp",
        "timestamp",
        "title",
        "tobool",
        "tolist",
        "tomap",
        "tonumber",
        "toset",
        "tostring",
        "transpose",
        "trim",
        "trimprefix",
        "trimspace",
        "trimsuffix",
        "upper",
        "urlencode",
        "uuid",
        "values",
        "yamlencode",
        "zipmap",
    ]
}

/// Argument-count check with Terraform's wording.
pub(crate) fn arity(name: &str, args: &[Value], n: usize) -> Result<(), FnError> {
    if args.len() == n {
        Ok(())
    } else {
        Err(FnError::Invalid(format!(
            "{name}() takes {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            args.len()
        )))
    }
}

pub(crate) fn arity_range(
    name: &str,
    args: &[Value],
    min: usize,
    max: usize,
) -> Result<(), FnError> {
    if (min..=max).contains(&args.len()) {
        Ok(())
    } else {
        Err(FnError::Invalid(format!(
            "{name}() takes {min} to {max} arguments, got {}",
            args.len()
        )))
    }
}

pub(crate) fn invalid(msg: impl Into<String>) -> FnError {
    FnError::Invalid(msg.into())
}

/// Returns early with an unknown result when any argument is (wholly) unknown.
macro_rules! unknown_if_any {
    ($args:expr) => {
        if $args
            .iter()
            .any(|a: &$crate::eval::value::Value| a.is_unknown())
        {
            return Ok($crate::eval::value::Value::unknown());
        }
    };
}
pub(crate) use unknown_if_any;

/// A string argument (numbers and bools convert).
pub(crate) fn arg_str(v: &Value, what: &str) -> Result<std::sync::Arc<str>, FnError> {
    match v {
        Value::Null => Err(invalid(format!("{what} must not be null"))),
        other => other.to_str().ok_or_else(|| {
            invalid(format!(
                "{what} must be a string, got {}",
                other.type_name()
            ))
        }),
    }
}

/// A number argument (numeric strings convert).
pub(crate) fn arg_num(v: &Value, what: &str) -> Result<f64, FnError> {
    v.to_number()
        .ok_or_else(|| invalid(format!("{what} must be a number, got {}", v.type_name())))
}

/// A whole-number argument.
pub(crate) fn arg_int(v: &Value, what: &str) -> Result<i64, FnError> {
    let n = arg_num(v, what)?;
    if n.fract() != 0.0 || !n.is_finite() {
        return Err(invalid(format!("{what} must be a whole number, got {n}")));
    }
    Ok(n as i64)
}

/// A list, tuple or set argument.
pub(crate) fn arg_seq<'a>(v: &'a Value, what: &str) -> Result<&'a [Value], FnError> {
    v.as_seq()
        .ok_or_else(|| invalid(format!("{what} must be a list, got {}", v.type_name())))
}

/// A map or object argument.
pub(crate) fn arg_map<'a>(v: &'a Value, what: &str) -> Result<&'a super::value::Map, FnError> {
    v.as_object()
        .map(|o| &o.fields)
        .ok_or_else(|| invalid(format!("{what} must be a map, got {}", v.type_name())))
}

#[cfg(test)]
pub(crate) mod test_support {
    use crate::load::hcl::parse_expr;

    /// Evaluates `src` (a constant expression, usually one call) and renders the result.
    pub fn run(src: &str) -> String {
        let expr = parse_expr(src).unwrap_or_else(|e| panic!("{src}: {}", e.message));
        match crate::eval::expr::eval_constant(&expr) {
            Ok(v) => v.to_string(),
            Err(crate::eval::expr::EvalError::Invalid { message, .. }) => {
                format!("error: {message}")
            }
            Err(e) => format!("{e:?}"),
        }
    }

    pub fn check(cases: &[(&str, &str)]) {
        for (src, expected) in cases {
            let got = run(src);
            if expected.starts_with("error") {
                assert!(
                    got.starts_with("error"),
                    "{src}: expected an error, got {got}"
                );
            } else {
                assert_eq!(got, *expected, "{src}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_unknowns_stay_partial() {
        // `timestamp()` is unknown at plan time, which makes it a handy unknown here.
        super::test_support::check(&[
            ("length([timestamp(), 1])", "2"),
            (
                "merge({a = timestamp()}, {b = 1})",
                "{a = (known after apply: known after apply), b = 1}",
            ),
            ("lookup({a = timestamp(), b = 2}, \"b\")", "2"),
            ("coalesce(\"x\", timestamp())", "\"x\""),
            (
                "concat([timestamp()], [1])",
                "[(known after apply: known after apply), 1]",
            ),
            ("keys({a = timestamp()})", "[\"a\"]"),
            (
                "upper(timestamp())",
                "(known after apply: known after apply)",
            ),
            ("contains([timestamp(), \"a\"], \"a\")", "true"),
        ]);
    }

    #[test]
    fn every_listed_name_is_callable() {
        let cx = FnCtx {
            base_dir: Path::new("."),
            tree_root: Path::new("/nonexistent"),
        };
        for name in names() {
            let r = call(name, &[], &cx);
            assert!(
                !matches!(r, Err(FnError::Unsupported(_))),
                "{name} is listed but unsupported"
            );
        }
        let mut sorted = names().to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, names());
    }
}
