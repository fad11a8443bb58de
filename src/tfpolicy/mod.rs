//! The team's own baseline as code: Terraform policy files (`*.policy.hcl`, HashiCorp's HCL
//! policy language) read ([`load`]), registered as rules after the built-in ones
//! ([`install`]), evaluated by tfgate's own evaluator over the same instances as built-in
//! rules ([`judge`], [`run`]) and tested with `.policytest.hcl` files ([`test`]).
//!
//! A policy's rule id is `POL-<file stem>-<label>` (`POL-tags-required_tags` for
//! `resource_policy "*" "required_tags"` in `tags.policy.hcl`); its severity comes from
//! `enforcement_level` (`mandatory` high, `advisory` low) unless `.tfgate.toml` overrides it.

pub mod document;
pub mod judge;
pub mod load;
pub mod memo;
pub mod run;
pub mod semver;
pub mod test;

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::base::span::Span;
use crate::eval::types::Type;
use crate::finding::Severity;
use crate::load::syntax::{Attribute, Expr};
use crate::model::value::{Map, Value};
use crate::rules::{Area, Checker, Rule};

/// A problem with a policy file (or its inputs), located: an input error of the run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PolicyError {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

impl PolicyError {
    pub fn new(file: &str, line: Option<usize>, message: impl Into<String>) -> PolicyError {
        PolicyError {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }

    /// As a diagnostic (`policy-error`), for the run's errors.
    pub fn diagnostic(&self) -> crate::base::diag::Diagnostic {
        let d = crate::base::diag::Diagnostic::error("policy-error", self.message.clone())
            .in_file(self.file.clone());
        match self.line {
            Some(line) => d.at(line, 1),
            None => d,
        }
    }

    /// `file:line: message`
    pub fn render(&self) -> String {
        match self.line {
            Some(l) => format!("{}:{l}: {}", self.file, self.message),
            None => format!("{}: {}", self.file, self.message),
        }
    }
}

/// What a policy judges.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Resource,
    Module,
    Provider,
}

impl Kind {
    pub fn block(self) -> &'static str {
        match self {
            Kind::Resource => "resource_policy",
            Kind::Module => "module_policy",
            Kind::Provider => "provider_policy",
        }
    }
}

/// `enforcement_level`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Advisory,
    Mandatory,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Advisory => "advisory",
            Level::Mandatory => "mandatory",
        }
    }

    /// The default severity of a policy at this level.
    pub fn severity(self) -> Severity {
        match self {
            Level::Advisory => Severity::Low,
            Level::Mandatory => Severity::High,
        }
    }
}

/// An `input` block.
#[derive(Clone, Debug)]
pub struct InputDecl {
    pub name: String,
    pub ty: Type,
    pub default: Option<Value>,
    pub nullable: bool,
    pub sensitive: bool,
    pub description: Option<String>,
    pub span: Span,
}

/// One `enforce` block.
#[derive(Clone, Debug)]
pub struct Enforce {
    pub condition: Expr,
    pub error_message: Option<Expr>,
    pub info_message: Option<Expr>,
    /// Line of `condition` in the policy file.
    pub line: usize,
    /// The one attribute of `attrs` the condition reads (directly or through the policy's
    /// locals), where its findings point; empty when it reads several or none.
    pub path: String,
    /// The inputs each message reads (a sensitive one's value is withheld).
    pub message_inputs: Vec<String>,
}

/// A `resource_policy`, `module_policy` or `provider_policy` block.
#[derive(Clone, Debug)]
pub struct Policy {
    pub kind: Kind,
    /// The first label: a resource type, module source or provider name; may hold `*`.
    pub target: String,
    pub label: String,
    pub level: Level,
    /// `operations` as written (resource policies); `None`: create and update.
    pub operations: Option<Vec<String>>,
    pub filter: Option<Expr>,
    pub locals: Vec<Attribute>,
    pub enforce: Vec<Enforce>,
    pub line: usize,
    pub span: Span,
}

impl Policy {
    /// True when the policy (or a local of its file) may read the variable `name` (`meta`):
    /// conservative, from the expressions as written.
    pub fn may_read(&self, file: &PolicyFile, name: &str) -> bool {
        let m = |e: &Expr| load::mentions(e, name);
        self.filter.as_ref().is_some_and(m)
            || self.locals.iter().chain(&file.locals).any(|a| m(&a.expr))
            || self.enforce.iter().any(|e| {
                m(&e.condition)
                    || e.error_message.as_ref().is_some_and(m)
                    || e.info_message.as_ref().is_some_and(m)
            })
    }

    /// True when the policy judges an instance whose operation is `op`.
    pub fn judges_operation(&self, op: &str) -> bool {
        match &self.operations {
            Some(ops) => ops.iter().any(|o| o == op),
            None => op == "create" || op == "update",
        }
    }

    /// True when the first label matches `target` (`*` matches any run of characters).
    pub fn matches_target(&self, target: &str) -> bool {
        // The common shapes without the general matcher (it is asked once per subject).
        let star = self.target.bytes().position(|b| b == b'*');
        match star.map(|at| self.target.split_at(at)) {
            None => self.target == target,
            Some((prefix, "*")) => target.starts_with(prefix),
            Some(_) => crate::base::wildcard::matches(
                &self.target,
                target,
                crate::base::wildcard::Syntax::STAR,
            ),
        }
    }
}

/// A policy file read and checked.
#[derive(Clone, Debug)]
pub struct PolicyFile {
    /// Display path.
    pub display: String,
    /// The file name without `.policy.hcl`.
    pub stem: String,
    /// sha256 of the file's bytes, for the evidence.
    pub sha256: String,
    /// `policy { terraform_config { required_version } }`, recorded.
    pub required_version: Option<String>,
    pub inputs: Vec<InputDecl>,
    pub locals: Vec<Attribute>,
    pub policies: Vec<Policy>,
    pub text: String,
}

impl PolicyFile {
    /// The line of a byte offset of the file.
    pub fn line_of(&self, span: Span) -> usize {
        let at = (span.start as usize).min(self.text.len());
        self.text[..at].matches('\n').count() + 1
    }
}

/// The rule id of a policy: `POL-<file stem>-<label>`.
pub fn rule_id(file: &PolicyFile, policy: &Policy) -> String {
    format!("POL-{}-{}", file.stem, policy.label)
}

/// A file's inputs with their values: given ones converted to the declared type, else the
/// default; an input with neither is an error naming it.
pub fn resolve_inputs(
    file: &PolicyFile,
    given: &BTreeMap<String, Value>,
) -> Result<Map, PolicyError> {
    let mut out = Map::new();
    for decl in &file.inputs {
        let line = Some(file.line_of(decl.span));
        let value = match given.get(&decl.name) {
            Some(v) => decl.ty.convert(v.clone()).map_err(|m| {
                PolicyError::new(&file.display, line, format!("input `{}`: {m}", decl.name))
            })?,
            None => decl.default.clone().ok_or_else(|| {
                PolicyError::new(
                    &file.display,
                    line,
                    format!(
                        "input `{}` has no value and no default: set it in `[policy-inputs]` of .tfgate.toml, with `--policy-input {}=...` or in a `--policy-input-file`",
                        decl.name, decl.name
                    ),
                )
            })?,
        };
        if value.is_null() && !decl.nullable {
            return Err(PolicyError::new(
                &file.display,
                line,
                format!("input `{}` is not nullable and has no value", decl.name),
            ));
        }
        out.insert(decl.name.clone(), value);
    }
    Ok(out)
}

/// An input value written on the command line (`--policy-input NAME=VALUE`): an HCL
/// expression for non-string types, the text itself for strings (as `terraform -var` does).
pub fn parse_cli_input(raw: &str, files: &[PolicyFile]) -> Result<(String, Value), String> {
    let (name, text) = raw
        .split_once('=')
        .ok_or_else(|| format!("--policy-input expects NAME=VALUE, got `{raw}`"))?;
    let name = name.trim().to_string();
    let ty = files
        .iter()
        .flat_map(|f| &f.inputs)
        .find(|d| d.name == name)
        .map(|d| d.ty.clone());
    let value = match ty {
        None => {
            return Err(format!(
                "--policy-input: no policy file declares an input `{name}`"
            ));
        }
        Some(Type::String) => Value::string(text),
        Some(_) => {
            let expr = crate::load::hcl::parse_expr(text)
                .map_err(|e| format!("--policy-input {name}: {}", e.message))?;
            crate::eval::expr::eval_constant(&expr)
                .map_err(|_| format!("--policy-input {name}: the value must be a constant"))?
        }
    };
    Ok((name, value))
}

/// Input values from a file in tfvars syntax (`--policy-input-file`).
pub fn read_input_file(path: &std::path::Path) -> Result<BTreeMap<String, Value>, PolicyError> {
    let display = crate::base::path::display(path);
    let text = crate::base::read::read_text(path, crate::base::read::DEFAULT_MAX_FILE_SIZE)
        .map_err(|e| {
            PolicyError::new(&display, None, format!("cannot read the input file: {e}"))
        })?;
    let body = crate::load::hcl::parse_body(&text)
        .map_err(|e| PolicyError::new(&display, Some(e.line), e.message))?;
    let mut out = BTreeMap::new();
    for a in &body.attributes {
        let line = text[..(a.span.start as usize).min(text.len())]
            .matches('\n')
            .count()
            + 1;
        let v = crate::eval::expr::eval_constant(&a.expr).map_err(|_| {
            PolicyError::new(
                &display,
                Some(line),
                format!("`{}` must be a constant value", a.name),
            )
        })?;
        out.insert(a.name.clone(), v);
    }
    if let Some(b) = body.blocks.first() {
        let line = text[..(b.span.start as usize).min(text.len())]
            .matches('\n')
            .count()
            + 1;
        return Err(PolicyError::new(
            &display,
            Some(line),
            "an input file holds `name = value` lines only",
        ));
    }
    Ok(out)
}

/// The policies of this run, with their inputs and their rule indices.
#[derive(Debug)]
pub struct PolicySet {
    pub files: Vec<PolicyFile>,
    /// Per file: its inputs' values.
    pub inputs: Vec<Map>,
    /// (file, policy) per registered rule, in rule order from [`PolicySet::first_rule`].
    pub rules: Vec<(usize, usize)>,
    /// The index in `rules::RULES` of the first policy.
    pub first_rule: usize,
    /// The index of [`REVIEW_RULE`], registered when the configuration has a `[baseline]`.
    pub review_rule: Option<usize>,
}

/// The governance rule a `[baseline]` whose `review-by` date has passed breaks.
pub static REVIEW_RULE: Rule = Rule {
    id: "TFG-BASELINE-001",
    name: "baseline-review-overdue",
    title: "The secure configuration baseline is past its review date",
    severity: Severity::Medium,
    area: Area::Governance,
    aliases: &[],
    compliance: &["SOC2:CC5.3", "NIST:CM-2", "ISO27001:A.8.9"],
    controls: &[],
    resources: &[],
    fixable: false,
    doc: REVIEW_DOC,
    check: no_check,
};

const REVIEW_DOC: &str = "# TFG-BASELINE-001 baseline-review-overdue

## What it does

Reports a run whose `.tfgate.toml` `[baseline]` has a `review-by` date before the day the run
judges dates by (`--today`, `SOURCE_DATE_EPOCH`, else today).

## Why it matters

A secure configuration baseline is reviewed and approved on a cadence (NIST SP 800-53 CM-2(1),
ISO 27001 A.8.9, SOC 2 CC5.3): a baseline past its review date is no longer evidence that the
configuration standard is current.

## Example

```toml
[baseline]
name = \"Acme baseline\"
version = \"2.1.0\"
effective = \"2025-01-01\"
review-by = \"2025-07-01\"
```

## Use instead

Review the baseline, record the new version and set the next `review-by` date.

## Fix safety

No fix: a review is a decision by the baseline's owner.

## References and compliance

SOC2:CC5.3, NIST:CM-2, ISO27001:A.8.9
";

/// The governance finding of a `[baseline]` past its `review-by` date, if it is.
pub fn review_finding(
    config: Option<&crate::config::Loaded>,
    today: crate::base::date::Date,
) -> Option<crate::finding::Finding> {
    let rule = installed()?.review_rule?;
    let c = config?;
    let doc = c.file.baseline_document()?;
    let due = crate::base::date::Date::parse(doc.review_by.as_deref()?)?;
    if due >= today {
        return None;
    }
    let esc = |t: &str| crate::base::escape::control(t).into_owned();
    Some(crate::finding::Finding {
        rule,
        instance: None,
        resource: "[baseline]".to_string(),
        root: esc(&crate::base::path::display(&c.path)).into(),
        message: esc(&format!(
            "baseline review overdue since {due}: {} {} (owner {}) must be reviewed and its review-by date renewed",
            doc.name,
            doc.version,
            doc.owner.as_deref().unwrap_or("not named")
        )),
        path: String::new(),
        loc: None,
        module: Default::default(),
        remedy: None,
        fix: None,
        severity: crate::rules::RULES[rule].severity,
        suppressed: None,
        change: None,
    })
}

impl PolicySet {
    /// The policy of a rule index, if it is one.
    pub fn policy_of(&self, rule: usize) -> Option<(&PolicyFile, &Policy)> {
        let &(f, p) = self.rules.get(rule.checked_sub(self.first_rule)?)?;
        Some((&self.files[f], &self.files[f].policies[p]))
    }
}

static SET: OnceLock<PolicySet> = OnceLock::new();

/// The policies installed for this run, if any.
pub fn installed() -> Option<&'static PolicySet> {
    SET.get()
}

/// Compliance mappings per policy id (from `.tfgate.toml`).
pub type ComplianceMap = BTreeMap<String, Vec<String>>;

/// Registers every policy as a rule after the built-in ones, and keeps the set for the run.
/// Ids must be unique across files (two files with one stem and label are an error).
pub fn install(
    files: Vec<PolicyFile>,
    inputs: Vec<Map>,
    compliance: &ComplianceMap,
    baseline_review: bool,
) -> Result<&'static PolicySet, PolicyError> {
    let mut rules: Vec<&'static Rule> = Vec::new();
    let mut index = Vec::new();
    let mut ids = BTreeMap::new();
    for (fi, file) in files.iter().enumerate() {
        for (pi, policy) in file.policies.iter().enumerate() {
            let id = rule_id(file, policy);
            if let Some(other) = ids.insert(id.to_ascii_lowercase(), file.display.clone()) {
                return Err(PolicyError::new(
                    &file.display,
                    Some(policy.line),
                    format!(
                        "policy id `{id}` is also defined in {other}: rename the file or the label"
                    ),
                ));
            }
            let mapping: Vec<&'static str> = compliance
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(&id))
                .map(|(_, v)| v.iter().map(|s| leak(s.clone())).collect())
                .unwrap_or_default();
            let name = format!("{}-{}", file.stem, policy.label)
                .to_ascii_lowercase()
                .replace('_', "-");
            let title = policy
                .enforce
                .first()
                .and_then(|e| e.error_message.as_ref())
                .and_then(|m| crate::eval::expr::eval_constant(m).ok())
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_else(|| {
                    format!(
                        "{} `{}` of {}",
                        policy.kind.block(),
                        policy.label,
                        file.display
                    )
                });
            let doc = document::policy_doc(&id, file, policy, &mapping);
            rules.push(Box::leak(Box::new(Rule {
                id: leak(id),
                name: leak(name),
                title: leak(title),
                severity: policy.level.severity(),
                area: Area::Policy,
                aliases: &[],
                compliance: Box::leak(mapping.into_boxed_slice()),
                controls: &[],
                resources: Box::leak(vec![leak(policy.target.clone())].into_boxed_slice()),
                fixable: false,
                doc: leak(doc),
                check: no_check,
            })));
            index.push((fi, pi));
        }
    }
    let policies = rules.len();
    if baseline_review {
        rules.push(&REVIEW_RULE);
    }
    let first_rule = crate::rules::register_policies(rules)
        .map_err(|m| PolicyError::new("(policies)", None, m))?;
    let set = PolicySet {
        files,
        inputs,
        rules: index,
        first_rule,
        review_rule: baseline_review.then_some(first_rule + policies),
    };
    SET.set(set)
        .map_err(|_| PolicyError::new("(policies)", None, "policies are installed once per run"))?;
    Ok(SET.get().expect("just set"))
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// Policies are judged by [`run::run`], not through the checker.
fn no_check(_: &mut Checker) {}
