//! `tfgate test`: `.policytest.hcl` files. Each `resource`, `module` or `provider` mock
//! block is a test case judged by the policies the file targets (`policytest { targets }`,
//! else the `*.policy.hcl` files beside the test file, else in its parent directory);
//! `data` mocks and mocks with `skip = true` only feed `core::getdatasource` and
//! `core::getresources`. A case passes when some policy fails it exactly when it says
//! `expect_failure = true`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::eval::expr::{self, EvalError, Resolver, Scope};
use crate::eval::functions::{Dirs, FnCtx};
use crate::load::syntax::{Attribute, Block, Expr, Operator};
use crate::model::value::{Map, Value, values_equal};

use super::judge::{Subject, Verdict, World, judge};
use super::{Kind, PolicyError, PolicyFile};

/// One test case's result.
#[derive(Clone, Debug)]
pub struct CaseResult {
    /// `file: resource "TYPE" "label"`.
    pub name: String,
    /// `None` passed; `Some(why)` failed.
    pub failure: Option<String>,
}

/// Every test run.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    pub cases: Vec<CaseResult>,
    pub passed: usize,
    pub failed: usize,
    /// Test or policy files that could not be used, with why.
    pub errors: usize,
    pub error_lines: Vec<String>,
}

/// A mock block.
struct Mock {
    kind: &'static str,
    target: String,
    label: String,
    attrs: Value,
    prior_attrs: Value,
    meta: Map,
    expect_failure: bool,
    skip: bool,
    inputs: BTreeMap<String, Value>,
}

/// Runs the tests under `path`; `given` and `flags` are input values from the command line.
pub fn run_tests(path: &Path, given: &BTreeMap<String, Value>, flags: &[String]) -> Summary {
    let mut summary = Summary::default();
    let tests = match super::load::policy_paths(path, ".policytest.hcl") {
        Ok(t) if t.is_empty() => {
            summary.errors += 1;
            summary.error_lines.push(format!(
                "{}: no `*.policytest.hcl` file here",
                crate::base::path::display(path)
            ));
            return summary;
        }
        Ok(t) => t,
        Err(m) => {
            summary.errors += 1;
            summary.error_lines.push(m);
            return summary;
        }
    };
    let base = if path.is_file() {
        path.parent().unwrap_or(Path::new("."))
    } else {
        path
    };
    let base = if base.as_os_str().is_empty() {
        Path::new(".")
    } else {
        base
    };
    let tree = crate::base::read::boundary_of(base).unwrap_or_else(|| base.to_path_buf());
    for test in tests {
        if let Err(e) = run_file(&test, &tree, given, flags, &mut summary) {
            summary.errors += 1;
            summary.error_lines.push(e.render());
        }
    }
    summary
}

/// Writes a line per test case and the summary.
pub fn write_summary(s: &Summary, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    let esc = |t: &str| crate::base::escape::control(t).into_owned();
    for c in &s.cases {
        match &c.failure {
            None => writeln!(w, "pass  {}", esc(&c.name))?,
            Some(why) => writeln!(w, "FAIL  {}: {}", esc(&c.name), esc(why))?,
        }
    }
    for e in &s.error_lines {
        writeln!(w, "error {}", esc(e))?;
    }
    writeln!(
        w,
        "\n{} passed, {} failed, {} error(s)",
        s.passed, s.failed, s.errors
    )
}

fn line_of(text: &str, span: crate::base::span::Span) -> usize {
    let at = (span.start as usize).min(text.len());
    text[..at].matches('\n').count() + 1
}

/// The policy files a test file targets.
fn targets(test: &Path, tree: &Path, written: Option<Vec<String>>) -> Result<Vec<PathBuf>, String> {
    let dir = test.parent().unwrap_or(Path::new("."));
    let mut out = Vec::new();
    match written {
        Some(list) => {
            // Targets stay in the tree under test (the git checkout holding the path given to
            // `tfgate test`, else that path), where they lead.
            for t in list {
                let target = dir.join(&t);
                let real =
                    std::fs::canonicalize(&target).map_err(|e| format!("target `{t}`: {e}"))?;
                if !real.starts_with(tree) {
                    return Err(format!(
                        "target `{t}` is outside {}; targets stay in the tree of the test file",
                        tree.display()
                    ));
                }
                out.extend(super::load::policy_paths(&target, ".policy.hcl")?);
            }
        }
        None => {
            let beside: Vec<PathBuf> = std::fs::read_dir(dir)
                .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.to_string_lossy().ends_with(".policy.hcl"))
                .collect();
            if beside.is_empty() {
                if let Some(parent) = dir.parent() {
                    for e in std::fs::read_dir(parent).into_iter().flatten().flatten() {
                        let p = e.path();
                        if p.is_file() && p.to_string_lossy().ends_with(".policy.hcl") {
                            out.push(p);
                        }
                    }
                }
            } else {
                out = beside;
            }
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

fn run_file(
    test: &Path,
    tree: &Path,
    given: &BTreeMap<String, Value>,
    flags: &[String],
    summary: &mut Summary,
) -> Result<(), PolicyError> {
    let display = crate::base::path::display(test);
    let text = crate::base::read::read_text(test, crate::base::read::DEFAULT_MAX_FILE_SIZE)
        .map_err(|e| PolicyError::new(&display, None, format!("cannot read the test file: {e}")))?;
    let body = crate::load::hcl::parse_body(&text)
        .map_err(|e| PolicyError::new(&display, Some(e.line), e.message))?;
    let err = |span, m: String| PolicyError::new(&display, Some(line_of(&text, span)), m);
    if let Some(a) = body.attributes.first() {
        return Err(err(
            a.span,
            format!(
                "argument `{}` is not allowed at the top level of a test file",
                a.name
            ),
        ));
    }
    let mut written_targets = None;
    let mut locals: Vec<Attribute> = Vec::new();
    let mut top_inputs: Vec<Attribute> = Vec::new();
    for b in &body.blocks {
        match b.kind.as_str() {
            "policytest" => {
                for inner in &b.body.blocks {
                    match inner.kind.as_str() {
                        "terraform_config" => {}
                        "plugins" => {
                            return Err(err(
                                inner.span,
                                "policy plugins are compiled programs, which tfgate never runs"
                                    .into(),
                            ));
                        }
                        other => {
                            return Err(err(
                                inner.span,
                                format!("block `{other}` is not supported in `policytest`"),
                            ));
                        }
                    }
                }
                for a in &b.body.attributes {
                    if a.name != "targets" {
                        return Err(err(
                            a.span,
                            format!(
                                "argument `{}` is not supported in `policytest` (targets)",
                                a.name
                            ),
                        ));
                    }
                    let v = expr::eval_constant(&a.expr)
                        .map_err(|_| err(a.span, "`targets` must be a list of paths".into()))?;
                    let list = v
                        .as_seq()
                        .map(|s| {
                            s.iter()
                                .filter_map(|x| x.as_str().map(str::to_string))
                                .collect()
                        })
                        .ok_or_else(|| err(a.span, "`targets` must be a list of paths".into()))?;
                    written_targets = Some(list);
                }
            }
            "locals" => locals.extend(b.body.attributes.iter().cloned()),
            "inputs" => top_inputs.extend(b.body.attributes.iter().cloned()),
            "resource" | "module" | "provider" | "data" => {}
            other => {
                return Err(err(
                    b.span,
                    format!(
                        "block `{other}` is not part of the policy test language (policytest, inputs, locals, resource, module, provider, data)"
                    ),
                ));
            }
        }
    }
    let locals_cx = Locals {
        locals: &locals,
        memo: Default::default(),
        dirs: Dirs::fixed(
            "/nonexistent-tfgate-test".into(),
            "/nonexistent-tfgate-test".into(),
        ),
    };
    let value = |e: &Expr, what: &str| -> Result<Value, PolicyError> {
        expr::eval(e, &Scope::Empty, &locals_cx).map_err(|x| match x {
            EvalError::Invalid { message, span } => err(span, format!("{what}: {message}")),
            _ => err(e.span, format!("{what} cannot be evaluated")),
        })
    };
    let mut base_inputs = given.clone();
    for a in &top_inputs {
        base_inputs.insert(a.name.clone(), value(&a.expr, &a.name)?);
    }
    let mut mocks = Vec::new();
    for b in body
        .blocks
        .iter()
        .filter(|b| matches!(b.kind.as_str(), "resource" | "module" | "provider" | "data"))
    {
        mocks.push(mock(b, &value, &err)?);
    }
    let policy_paths =
        targets(test, tree, written_targets).map_err(|m| PolicyError::new(&display, None, m))?;
    if policy_paths.is_empty() {
        return Err(PolicyError::new(
            &display,
            None,
            "no policy file to test: add `policytest { targets = [...] }` or put the test beside its policies",
        ));
    }
    let mut files: Vec<PolicyFile> = Vec::new();
    for p in &policy_paths {
        files.push(super::load::read_policy_file(p)?);
    }
    let world = MockWorld { mocks: &mocks };
    for m in mocks.iter().filter(|m| !m.skip && m.kind != "data") {
        let name = format!("{display}: {} \"{}\" \"{}\"", m.kind, m.target, m.label);
        let mut inputs = base_inputs.clone();
        inputs.extend(m.inputs.clone());
        for raw in flags {
            let (k, v) = super::parse_cli_input(raw, &files)
                .map_err(|msg| PolicyError::new(&display, None, msg))?;
            inputs.insert(k, v);
        }
        let subject = subject_of(m);
        let mut failures = Vec::new();
        for f in &files {
            let resolved = super::resolve_inputs(f, &inputs)?;
            for p in &f.policies {
                match judge(f, p, &resolved, &subject, &world)? {
                    Verdict::Failed(fs) => {
                        for x in fs {
                            failures.push(format!("{}: {}", super::rule_id(f, p), x.message));
                        }
                    }
                    Verdict::Undecided => failures.push(format!(
                        "{}: undecided (a value is unknown)",
                        super::rule_id(f, p)
                    )),
                    Verdict::Passed | Verdict::NotApplicable => {}
                }
            }
        }
        let failure = match (m.expect_failure, failures.is_empty()) {
            (true, true) => Some("expected a policy to fail, but none did".to_string()),
            (false, false) => Some(format!("unexpected failure: {}", failures.join("; "))),
            _ => None,
        };
        if failure.is_some() {
            summary.failed += 1;
        } else {
            summary.passed += 1;
        }
        summary.cases.push(CaseResult { name, failure });
    }
    Ok(())
}

fn mock(
    b: &Block,
    value: &dyn Fn(&Expr, &str) -> Result<Value, PolicyError>,
    err: &dyn Fn(crate::base::span::Span, String) -> PolicyError,
) -> Result<Mock, PolicyError> {
    let kind: &'static str = match b.kind.as_str() {
        "resource" => "resource",
        "module" => "module",
        "provider" => "provider",
        _ => "data",
    };
    if b.labels.len() != 2 {
        return Err(err(
            b.span,
            format!(
                "`{kind}` takes two labels: the {} and a test name",
                if kind == "module" {
                    "module source"
                } else {
                    "type"
                }
            ),
        ));
    }
    let allowed: &[&str] = match kind {
        "resource" => &["attrs", "prior_attrs", "meta", "expect_failure", "skip"],
        "data" => &["attrs", "skip"],
        _ => &["attrs", "meta", "expect_failure", "skip"],
    };
    let mut m = Mock {
        kind,
        target: b.labels[0].clone(),
        label: b.labels[1].clone(),
        attrs: Value::Null,
        prior_attrs: Value::Null,
        meta: Map::new(),
        expect_failure: false,
        skip: false,
        inputs: BTreeMap::new(),
    };
    for a in &b.body.attributes {
        if !allowed.contains(&a.name.as_str()) {
            return Err(err(
                a.span,
                format!(
                    "argument `{}` is not supported in a `{kind}` mock ({})",
                    a.name,
                    allowed.join(", ")
                ),
            ));
        }
        let v = value(&a.expr, &a.name)?;
        match a.name.as_str() {
            "attrs" => m.attrs = v,
            "prior_attrs" => m.prior_attrs = v,
            "meta" => {
                m.meta = v
                    .as_object()
                    .map(|o| o.fields.clone())
                    .ok_or_else(|| err(a.span, "`meta` must be an object".into()))?;
            }
            "expect_failure" | "skip" => {
                let flag = v
                    .as_bool()
                    .ok_or_else(|| err(a.span, format!("`{}` must be true or false", a.name)))?;
                if a.name == "skip" {
                    m.skip = flag;
                } else {
                    m.expect_failure = flag;
                }
            }
            _ => {}
        }
    }
    for inner in &b.body.blocks {
        if inner.kind != "inputs" || kind == "data" {
            return Err(err(
                inner.span,
                format!("block `{}` is not supported in a `{kind}` mock", inner.kind),
            ));
        }
        for a in &inner.body.attributes {
            m.inputs.insert(a.name.clone(), value(&a.expr, &a.name)?);
        }
    }
    if kind == "resource" && m.attrs.is_null() && m.prior_attrs.is_null() {
        return Err(err(
            b.span,
            "a resource mock needs `attrs` or `prior_attrs`".into(),
        ));
    }
    Ok(m)
}

fn subject_of(m: &Mock) -> Subject {
    let s = |t: &str| Value::string(t);
    let operation = m
        .meta
        .get("operation")
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| match (m.attrs.is_null(), m.prior_attrs.is_null()) {
            (true, false) => "delete".into(),
            (false, false) => "update".into(),
            _ => "create".into(),
        });
    let mut meta = Map::new();
    let kind = match m.kind {
        "resource" => {
            meta.insert("type".into(), s(&m.target));
            meta.insert("address".into(), s(&format!("{}.{}", m.target, m.label)));
            meta.insert("name".into(), s(&m.label));
            meta.insert("module_path".into(), s("."));
            meta.insert(
                "provider_type".into(),
                s(m.target.split('_').next().unwrap_or("")),
            );
            meta.insert("operation".into(), s(&operation));
            Kind::Resource
        }
        "module" => {
            meta.insert("source".into(), s(&m.target));
            meta.insert("version".into(), Value::Null);
            meta.insert("address".into(), s(&format!("module.{}", m.label)));
            meta.insert("name".into(), s(&m.label));
            meta.insert("module_path".into(), s("."));
            Kind::Module
        }
        _ => {
            meta.insert("name".into(), s(&m.target));
            meta.insert("type".into(), s(&m.target));
            meta.insert("alias".into(), Value::Null);
            meta.insert("source".into(), s(&format!("hashicorp/{}", m.target)));
            meta.insert("version".into(), Value::Null);
            meta.insert("address".into(), s(&format!("provider.{}", m.target)));
            meta.insert("module_path".into(), s("."));
            Kind::Provider
        }
    };
    meta.extend(m.meta.clone());
    let target = match kind {
        Kind::Module => meta
            .get("source")
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_else(|| m.target.clone()),
        _ => m.target.clone(),
    };
    Subject {
        kind,
        target,
        attrs: m.attrs.clone(),
        prior_attrs: m.prior_attrs.clone(),
        meta: Value::object(meta),
        operation,
    }
}

struct MockWorld<'a> {
    mocks: &'a [Mock],
}

impl World for MockWorld<'_> {
    fn resources(&self, rtype: &str) -> Vec<Value> {
        self.mocks
            .iter()
            .filter(|m| m.kind == "resource" && m.target == rtype && !m.attrs.is_null())
            .map(|m| m.attrs.clone())
            .collect()
    }

    fn data_source(&self, dtype: &str, config: &Map) -> Value {
        self.mocks
            .iter()
            .filter(|m| m.kind == "data" && m.target == dtype)
            .find(|m| {
                config.iter().all(|(k, want)| {
                    m.attrs
                        .get_attr(k)
                        .is_some_and(|have| values_equal(&have, want))
                })
            })
            .map_or(Value::Null, |m| m.attrs.clone())
    }
}

/// Test-file locals, for mock values.
struct Locals<'a> {
    locals: &'a [Attribute],
    memo: std::cell::RefCell<BTreeMap<String, Value>>,
    dirs: Dirs<'a>,
}

impl Resolver for Locals<'_> {
    fn resolve(
        &self,
        root: &str,
        ops: &[Operator],
        span: crate::base::span::Span,
    ) -> Result<(Value, usize), EvalError> {
        let (Some(Operator::GetAttr(name)), "local") = (ops.first(), root) else {
            return Err(EvalError::invalid(
                format!("`{root}` cannot be referenced in a test file (local only)"),
                span,
            ));
        };
        if let Some(v) = self.memo.borrow().get(&**name) {
            return Ok((v.clone(), 1));
        }
        let Some(a) = self.locals.iter().find(|a| a.name == **name) else {
            return Err(EvalError::invalid(
                format!("`local.{name}` is not defined"),
                span,
            ));
        };
        if self.memo.borrow().len() > 10_000 {
            return Err(EvalError::invalid("too many locals", span));
        }
        // A placeholder breaks cycles: a local reading itself sees null.
        self.memo.borrow_mut().insert(name.to_string(), Value::Null);
        let v = expr::eval(&a.expr, &Scope::Empty, self)?;
        self.memo.borrow_mut().insert(name.to_string(), v.clone());
        Ok((v, 1))
    }

    fn fn_ctx(&self) -> FnCtx<'_> {
        FnCtx {
            dirs: &self.dirs,
            files: None,
        }
    }
}
