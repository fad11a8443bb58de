//! Terraform's built-in functions, evaluated as `terraform plan` would without providers.
//!
//! `try`, `can` and `templatefile` are special forms in the evaluator (they need the
//! unevaluated expression or the evaluation context); everything else is here. Arguments
//! arrive evaluated. A function whose result depends on an unknown argument returns unknown;
//! where Terraform keeps partial knowledge (`length` of a list with unknown elements, `merge`
//! of objects with unknown values), so does tfgate.
//!
//! Error messages leave out the function name: the evaluator prefixes `name(): `.

mod collection;
mod datetime;
mod encoding;
mod filesystem;
pub use filesystem::{FileCache, TemplateParse, outside_tree};
mod format;
mod hash;
mod network;
mod numeric;
mod string;
mod yaml;

use std::fmt::Display;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::model::value::{Map, Value};

/// What file functions need to know.
pub struct FnCtx<'a> {
    /// Where relative paths resolve and the tree file functions may read.
    pub dirs: &'a Dirs<'a>,
    /// The run's cache of file function results and parsed templates (`None`: no cache).
    pub files: Option<&'a FileCache>,
}

/// Where relative paths resolve (the root module's directory, as Terraform resolves them
/// against the directory it runs in; modules use `path.module` to be explicit) and the
/// scanned tree around it (file functions refuse paths whose canonical form is outside it).
/// Worked out on first use: canonicalising a directory costs a system call per path
/// component, and most evaluations call no file function.
pub struct Dirs<'a> {
    dir: &'a Path,
    boundaries: &'a [PathBuf],
    resolved: std::cell::OnceCell<(PathBuf, PathBuf)>,
}

impl<'a> Dirs<'a> {
    /// `dir` canonicalised on first use, inside the first of `boundaries` (canonical) that
    /// holds it; in none of them, file functions can read nothing.
    pub fn lazy(dir: &'a Path, boundaries: &'a [PathBuf]) -> Dirs<'a> {
        Dirs {
            dir,
            boundaries,
            resolved: std::cell::OnceCell::new(),
        }
    }

    /// Directories already known.
    pub fn fixed(base_dir: PathBuf, tree_root: PathBuf) -> Dirs<'a> {
        Dirs {
            dir: Path::new(""),
            boundaries: &[],
            resolved: std::cell::OnceCell::from((base_dir, tree_root)),
        }
    }

    fn resolved(&self) -> &(PathBuf, PathBuf) {
        self.resolved.get_or_init(|| {
            let canon = std::fs::canonicalize(self.dir).unwrap_or_else(|_| self.dir.to_path_buf());
            let boundary = self
                .boundaries
                .iter()
                .find(|b| canon.starts_with(b))
                .cloned()
                .unwrap_or_else(|| PathBuf::from("/nonexistent-tfgate-boundary"));
            (canon, boundary)
        })
    }

    pub fn base_dir(&self) -> &Path {
        &self.resolved().0
    }

    pub fn tree_root(&self) -> &Path {
        &self.resolved().1
    }
}

/// Why a function call has no value.
#[derive(Debug, Clone, PartialEq)]
pub enum FnError {
    /// tfgate does not implement this function (or this use of it).
    Unsupported(String),
    /// The arguments are wrong, as Terraform would also say.
    Invalid(String),
    /// The call would read outside the scanned tree, inside its `.git`, or something other
    /// than a regular file: refused, and an error of the run (it fails closed, even inside
    /// `try` or `can`).
    Refused(String),
}

/// What every function returns.
pub type FnResult = Result<Value, FnError>;

/// Most elements a generated collection may have (`setproduct`, `chunklist`, `formatlist`...).
pub(crate) const MAX_ELEMENTS: usize = 1_000_000;
/// Longest string a function may build (`indent`, `replace`, `format` padding).
pub(crate) const MAX_STRING: usize = 64 * 1024 * 1024;

/// Calls a built-in function by name.
pub fn call(name: &str, args: &[Value], cx: &FnCtx) -> FnResult {
    // Terraform 1.8 and later also accept built-ins under the `core::` namespace.
    let name = name.strip_prefix("core::").unwrap_or(name);
    if is_provider_function(name) {
        // Provider-defined functions run in the provider, which a scan never starts.
        return Ok(Value::unknown());
    }
    match find(name) {
        Some(f) => f(name, args, cx),
        None => match removed(name) {
            Some(instead) => Err(FnError::Invalid(format!(
                "this function was removed in Terraform 0.15; {instead}"
            ))),
            None => Err(FnError::Unsupported(name.to_string())),
        },
    }
}

/// True for a provider-defined function (`provider::aws::arn_parse`): a name with a `::`
/// once the `core::` of a built-in is taken off. A built-in's name is an identifier, so one
/// colon is enough to tell (a search for a byte, where `::` would be a substring search on
/// every call).
pub fn is_provider_function(name: &str) -> bool {
    name.as_bytes().contains(&b':')
}

/// Functions Terraform no longer has, with what to write instead (Terraform refuses them
/// too, so they are errors in the configuration, not gaps in tfgate).
fn removed(name: &str) -> Option<&'static str> {
    match name {
        "list" => Some("write a list as [ ... ] or tolist([ ... ])"),
        "map" => Some("write a map as { ... } or tomap({ ... })"),
        _ => None,
    }
}

type Func = fn(&str, &[Value], &FnCtx) -> FnResult;

/// The built-ins by name, hashed once per run: [`lookup`]'s `match` compares a name with
/// the arms one by one, which cost every call a few hundred instructions (policies call
/// functions for every resource they judge).
static TABLE: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, Func>> =
    std::sync::LazyLock::new(|| {
        names()
            .iter()
            .filter_map(|&n| lookup(n).map(|f| (n, f)))
            .collect()
    });

/// The built-in called `name` (without `core::`), if there is one.
fn find(name: &str) -> Option<Func> {
    TABLE.get(name).copied()
}

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
        "format" => format::format,
        "formatlist" => format::formatlist,
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
        // encoding
        "base64decode" | "base64encode" | "urlencode" => encoding::text,
        "textencodebase64" | "textdecodebase64" => encoding::text_encoding,
        "jsonencode" => encoding::jsonencode,
        "jsondecode" => encoding::jsondecode,
        "csvdecode" => encoding::csvdecode,
        "yamlencode" => yaml::yamlencode,
        "yamldecode" => yaml::yamldecode,
        // hashing
        "md5" | "sha1" | "sha256" | "sha512" | "base64sha256" | "base64sha512" => hash::hash,
        "uuidv5" => hash::uuidv5,
        "bcrypt" => hash::bcrypt,
        "uuid" | "timestamp" | "plantimestamp" => not_plan_stable,
        // filesystem
        "abspath" | "basename" | "dirname" => filesystem::path_fn,
        "pathexpand" => filesystem::pathexpand,
        "file" | "filebase64" | "filemd5" | "filesha1" | "filesha256" | "filesha512"
        | "filebase64sha256" | "filebase64sha512" => filesystem::file_fn,
        "fileexists" => filesystem::fileexists,
        "fileset" => filesystem::fileset,
        // date and time
        "formatdate" => datetime::formatdate,
        "timeadd" => datetime::timeadd,
        "timecmp" => datetime::timecmp,
        // network
        "cidrhost" => network::cidrhost,
        "cidrnetmask" => network::cidrnetmask,
        "cidrsubnet" => network::cidrsubnet,
        "cidrsubnets" => network::cidrsubnets,
        // sensitivity is not tracked, so these pass values through
        "sensitive" | "nonsensitive" | "ephemeralasnull" => identity,
        "issensitive" => issensitive,
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
        "uuidv5",
        "values",
        "yamldecode",
        "yamlencode",
        "zipmap",
    ]
}

/// `uuid()`, `timestamp()`, `plantimestamp()`: a different value on every run, so unknown.
fn not_plan_stable(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 0)?;
    Ok(Value::unknown())
}

fn identity(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 1)?;
    Ok(args[0].clone())
}

fn issensitive(_: &str, args: &[Value], _: &FnCtx) -> FnResult {
    arity(args, 1)?;
    unknown_if_any!(args);
    Ok(Value::Bool(false))
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Exactly `n` arguments.
pub(crate) fn arity(args: &[Value], n: usize) -> Result<(), FnError> {
    if args.len() == n {
        return Ok(());
    }
    Err(invalid(format!(
        "expects {n} argument{}, got {}",
        plural(n),
        args.len()
    )))
}

/// Between `min` and `max` arguments.
pub(crate) fn arity_range(args: &[Value], min: usize, max: usize) -> Result<(), FnError> {
    if (min..=max).contains(&args.len()) {
        return Ok(());
    }
    Err(invalid(format!(
        "expects {min} to {max} arguments, got {}",
        args.len()
    )))
}

/// At least `min` arguments.
pub(crate) fn arity_min(args: &[Value], min: usize) -> Result<(), FnError> {
    if args.len() >= min {
        return Ok(());
    }
    Err(invalid(format!(
        "expects at least {min} argument{}, got {}",
        plural(min),
        args.len()
    )))
}

/// An error not tied to one parameter.
pub(crate) fn invalid(msg: impl Into<String>) -> FnError {
    FnError::Invalid(msg.into())
}

/// An error about one parameter, worded as Terraform words them.
pub(crate) fn bad_param(param: &str, problem: impl Display) -> FnError {
    FnError::Invalid(format!(
        "invalid value for \"{param}\" parameter: {problem}"
    ))
}

/// Returns early with an unknown result when any argument is (wholly) unknown.
macro_rules! unknown_if_any {
    ($args:expr) => {
        if $args
            .iter()
            .any(|a: &$crate::model::value::Value| a.is_unknown())
        {
            return Ok($crate::model::value::Value::unknown());
        }
    };
}
pub(crate) use unknown_if_any;

/// A string argument (numbers and bools convert).
pub(crate) fn arg_str(v: &Value, param: &str) -> Result<Arc<str>, FnError> {
    match v {
        Value::Null => Err(bad_param(param, "argument must not be null")),
        other => other
            .to_str()
            .ok_or_else(|| bad_param(param, format!("string required, got {}", other.type_name()))),
    }
}

/// A number argument (numeric strings convert).
pub(crate) fn arg_num(v: &Value, param: &str) -> Result<f64, FnError> {
    match v {
        Value::Null => Err(bad_param(param, "argument must not be null")),
        Value::String(s) => v
            .to_number()
            .ok_or_else(|| bad_param(param, format!("a number is required, got {s:?}"))),
        other => other
            .to_number()
            .ok_or_else(|| bad_param(param, format!("number required, got {}", other.type_name()))),
    }
}

/// A whole-number argument.
pub(crate) fn arg_int(v: &Value, param: &str) -> Result<i64, FnError> {
    let n = arg_num(v, param)?;
    if n.fract() != 0.0 || !n.is_finite() {
        return Err(bad_param(
            param,
            format!("a whole number is required, got {}", Value::Number(n)),
        ));
    }
    // `as` saturates: a whole number beyond i64 is out of every range it is checked against.
    Ok(n as i64)
}

/// A bool argument (`"true"` and `"false"` convert).
pub(crate) fn arg_bool(v: &Value, param: &str) -> Result<bool, FnError> {
    match v {
        Value::Null => Err(bad_param(param, "argument must not be null")),
        other => other
            .to_bool()
            .ok_or_else(|| bad_param(param, format!("bool required, got {other}"))),
    }
}

/// A list, tuple or set argument.
pub(crate) fn arg_seq<'a>(v: &'a Value, param: &str) -> Result<&'a [Value], FnError> {
    match v {
        Value::Null => Err(bad_param(param, "argument must not be null")),
        other => other.as_seq().ok_or_else(|| {
            bad_param(
                param,
                format!("list, set or tuple required, got {}", other.type_name()),
            )
        }),
    }
}

/// A map or object argument.
pub(crate) fn arg_map<'a>(v: &'a Value, param: &str) -> Result<&'a Map, FnError> {
    match v {
        Value::Null => Err(bad_param(param, "argument must not be null")),
        other => other.as_object().map(|o| &o.fields).ok_or_else(|| {
            bad_param(
                param,
                format!("map or object required, got {}", other.type_name()),
            )
        }),
    }
}

/// Terraform's type unification for elements that must share one type (a list, set or map):
/// when strings are mixed with numbers or bools, they all become strings; numbers mixed with
/// bools, or primitives mixed with collections, have no common type.
pub(crate) fn unify(items: &[Value], param: &str) -> Result<Vec<Value>, FnError> {
    let (mut string, mut number, mut boolean, mut collection) = (false, false, false, false);
    for v in items {
        match v {
            Value::String(_) => string = true,
            Value::Number(_) => number = true,
            Value::Bool(_) => boolean = true,
            Value::List(_) | Value::Set(_) | Value::Object(_) => collection = true,
            Value::Null | Value::Unknown(_) => {}
        }
    }
    let primitive = string || number || boolean;
    if primitive && collection || (!string && number && boolean) {
        return Err(bad_param(param, "all elements must have the same type"));
    }
    if string && (number || boolean) {
        return Ok(items
            .iter()
            .map(|v| v.to_str().map_or_else(|| v.clone(), Value::String))
            .collect());
    }
    Ok(items.to_vec())
}

/// Fails when a string of `len` bytes would be too long to build.
pub(crate) fn check_len(len: usize) -> Result<(), FnError> {
    if len > MAX_STRING {
        return Err(invalid(format!(
            "the result would be longer than {MAX_STRING} bytes"
        )));
    }
    Ok(())
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
            Err(crate::eval::expr::EvalError::Unsupported { message, .. }) => {
                format!("unsupported: {message}")
            }
            Err(e) => format!("{e:?}"),
        }
    }

    /// Runs `(expression, expected)` cases. An expected `"error"` accepts any error; an
    /// expected `"error: text"` wants an error containing `text`; `"unsupported"` likewise.
    pub fn check(cases: &[(&str, &str)]) {
        for (src, expected) in cases {
            let got = run(src);
            let prefix = ["error", "unsupported"]
                .into_iter()
                .find(|p| expected.starts_with(p));
            match prefix {
                Some(p) => {
                    assert!(got.starts_with(p), "{src}: expected {expected}, got {got}");
                    let detail = expected[p.len()..].trim_start_matches(':').trim();
                    assert!(
                        got.contains(detail),
                        "{src}: expected {expected:?}, got {got:?}"
                    );
                }
                None => assert_eq!(got, *expected, "{src}"),
            }
        }
    }

    /// How a wholly unknown result renders.
    pub const UNKNOWN: &str = "(known after apply: known after apply)";
}

#[cfg(test)]
mod tests {
    use super::test_support::{UNKNOWN, check};
    use super::*;

    #[test]
    fn partial_unknowns_stay_partial() {
        // `timestamp()` is unknown at plan time, which makes it a handy unknown here.
        check(&[
            ("length([timestamp(), 1])", "2"),
            (
                "merge({a = timestamp()}, {b = 1})",
                "{a = (known after apply: known after apply), b = 1}",
            ),
            ("lookup({a = timestamp(), b = 2}, \"b\")", "2"),
            ("lookup({a = timestamp(), b = 2}, \"a\")", UNKNOWN),
            ("coalesce(\"x\", timestamp())", "\"x\""),
            ("coalesce(timestamp(), \"x\")", UNKNOWN),
            (
                "concat([timestamp()], [1])",
                "[(known after apply: known after apply), 1]",
            ),
            ("keys({a = timestamp()})", "[\"a\"]"),
            ("upper(timestamp())", UNKNOWN),
            ("contains([timestamp(), \"a\"], \"a\")", "true"),
            ("contains([timestamp(), \"a\"], \"b\")", UNKNOWN),
            ("element([timestamp(), \"a\"], 1)", "\"a\""),
            ("index([\"a\", timestamp()], \"a\")", "0"),
            (
                "tolist([timestamp(), \"a\"])",
                "[(known after apply: known after apply), \"a\"]",
            ),
            (
                "jsonencode([timestamp()])",
                "(known after apply: JSON with parts known after apply)",
            ),
        ]);
    }

    #[test]
    fn misc() {
        check(&[
            ("timestamp()", UNKNOWN),
            ("plantimestamp()", UNKNOWN),
            ("uuid()", UNKNOWN),
            ("timestamp(1)", "error: expects 0 arguments, got 1"),
            ("sensitive(\"x\")", "\"x\""),
            ("nonsensitive(1)", "1"),
            ("ephemeralasnull(true)", "true"),
            ("issensitive(\"x\")", "false"),
            ("sensitive()", "error: expects 1 argument, got 0"),
            ("templatestring(\"x\", {})", "unsupported"),
            ("base64gzip(\"x\")", "unsupported"),
        ]);
    }

    fn cx() -> FnCtx<'static> {
        // A few bytes per test call, left for the test process to free.
        let dirs = Box::leak(Box::new(Dirs::fixed(".".into(), "/nonexistent".into())));
        FnCtx { dirs, files: None }
    }

    #[test]
    fn namespaces() {
        let s = |x: &str| Value::string(x);
        assert_eq!(call("core::upper", &[s("a")], &cx()), Ok(s("A")));
        assert_eq!(
            call("provider::aws::arn_parse", &[s("arn:aws:s3:::b")], &cx()),
            Ok(Value::unknown())
        );
        assert_eq!(
            call("type", &[s("a")], &cx()),
            Err(FnError::Unsupported("type".into()))
        );
        assert_eq!(
            call("list", &[s("a")], &cx()),
            Err(FnError::Invalid(
                "this function was removed in Terraform 0.15; write a list as [ ... ] or tolist([ ... ])"
                    .into()
            ))
        );
    }

    #[test]
    fn every_listed_name_is_callable() {
        for name in names() {
            let r = call(name, &[], &cx());
            assert!(
                !matches!(r, Err(FnError::Unsupported(_))),
                "{name} is listed but unsupported"
            );
        }
        let mut sorted = names().to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted, names());
    }

    /// `call` finds functions in a table built from `names()`: a function `lookup` knows
    /// but `names()` does not list would be unsupported.
    #[test]
    fn every_function_lookup_knows_is_listed() {
        let src = include_str!("mod.rs");
        let start = src
            .find("fn lookup(name: &str)")
            .expect("lookup is in this file");
        let body = &src[start..];
        let body = &body[..body.find("_ => return None").expect("lookup ends")];
        let quoted: Vec<&str> = body.split('"').skip(1).step_by(2).collect();
        assert!(quoted.len() > 100, "only {} names read", quoted.len());
        for name in quoted {
            assert!(names().contains(&name), "{name} is not in names()");
            assert!(find(name).is_some(), "{name} is not found");
        }
    }

    /// Parsers of text (YAML, CSV, format strings, dates, CIDRs) meet random text.
    #[test]
    fn random_text_never_panics() {
        let mut seed: u64 = 0x5eed;
        let mut rnd = move |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((seed >> 33) as usize) % n
        };
        let alphabet: Vec<char> = "ab -:#\n\t'\"[]{},|>&*!%?.0123456789eE+yn~\\/TZ@é🎉\r\u{301}"
            .chars()
            .collect();
        let s = |x: &str| Value::string(x);
        for _ in 0..3000 {
            let text: String = (0..rnd(40))
                .map(|_| alphabet[rnd(alphabet.len())])
                .collect();
            let t = s(text.as_str());
            let n = Value::Number(rnd(20) as f64 - 10.0);
            for (name, args) in [
                ("yamldecode", vec![t.clone()]),
                ("csvdecode", vec![t.clone()]),
                ("format", vec![t.clone(), n.clone(), s("x")]),
                ("formatdate", vec![t.clone(), s("2024-01-01T00:00:00Z")]),
                ("timeadd", vec![s("2024-01-01T00:00:00Z"), t.clone()]),
                ("cidrsubnet", vec![t.clone(), n.clone(), n.clone()]),
                ("substr", vec![t.clone(), n.clone(), n.clone()]),
                (
                    "replace",
                    vec![s("abc"), s(&format!("/{text}/")), t.clone()],
                ),
                ("textdecodebase64", vec![t.clone(), s("UTF-16LE")]),
            ] {
                let _ = call(name, &args, &cx());
            }
        }
    }

    #[test]
    fn no_panics_on_odd_arguments() {
        let odd = [
            Value::Null,
            Value::Bool(true),
            Value::Number(-1.0),
            Value::Number(1e300),
            Value::Number(f64::NAN),
            Value::Number(f64::INFINITY),
            Value::string(""),
            Value::string("/"),
            Value::string("%[999999999999999999999]s"),
            Value::string("é🇫🇷x\u{301}"),
            Value::list(vec![]),
            Value::list(vec![Value::Null, Value::unknown()]),
            Value::object(Map::new()),
            Value::unknown(),
        ];
        for name in names() {
            for a in &odd {
                for b in &odd {
                    let _ = call(name, &[a.clone(), b.clone()], &cx());
                    let _ = call(name, &[a.clone(), b.clone(), a.clone()], &cx());
                }
                let _ = call(name, std::slice::from_ref(a), &cx());
            }
        }
    }
}
