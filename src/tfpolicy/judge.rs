//! Judging one subject (a resource instance, a module call, a provider configuration) under
//! one policy: the filter, then every `enforce`, with `attrs`, `meta`, `prior_attrs`,
//! `input.*`, `local.*` and the `core::` functions, through tfgate's evaluator. A value not
//! known before apply makes the result undecided: never a finding, never a pass.

use std::cell::RefCell;

use crate::base::span::Span;
use crate::eval::expr::{self, EvalError, EvalResult, Resolver, Scope};
use crate::eval::functions::{Dirs, FnCtx};
use crate::load::syntax::{Attribute, Expr, Operator};
use crate::model::value::{Map, Value, values_equal};

use super::{Kind, Policy, PolicyError, PolicyFile};

/// What a policy judges, as its expressions see it.
#[derive(Clone, Debug)]
pub struct Subject {
    pub kind: Kind,
    /// Resource type, module source or provider name.
    pub target: String,
    pub attrs: Value,
    /// The value before the change (plans, tests); null otherwise.
    pub prior_attrs: Value,
    pub meta: Value,
    /// `create`, `update`, `delete` or `no-op`.
    pub operation: String,
}

/// What `core::getresources` and `core::getdatasource` look in.
pub trait World {
    /// Every resource of a type, as `attrs` objects.
    fn resources(&self, rtype: &str) -> Vec<Value>;
    /// A data source of a type matching `config`; unknown when it cannot be known offline.
    fn data_source(&self, dtype: &str, config: &Map) -> Value;
}

/// How one enforce block failed.
#[derive(Clone, Debug, PartialEq)]
pub struct Failure {
    pub enforce: usize,
    pub message: String,
    pub info: Option<String>,
    /// The one attribute the condition reads (`tags`), else empty.
    pub path: String,
}

/// How a subject came out.
#[derive(Clone, Debug, PartialEq)]
pub enum Verdict {
    /// The policy does not apply (target, operation or filter).
    NotApplicable,
    Passed,
    /// A value the filter or a condition needs is known only after apply.
    Undecided,
    Failed(Vec<Failure>),
}

/// Judges `subject` under `policy` of `file`, with the file's `inputs`.
pub fn judge(
    file: &PolicyFile,
    policy: &Policy,
    inputs: &Map,
    subject: &Subject,
    world: &dyn World,
) -> Result<Verdict, PolicyError> {
    if policy.kind != subject.kind
        || !policy.matches_target(&subject.target)
        || (policy.kind == Kind::Resource && !policy.judges_operation(&subject.operation))
    {
        return Ok(Verdict::NotApplicable);
    }
    // File functions read nothing from a policy: no directory, no tree (and no allocation
    // unless one is called).
    let dirs = Dirs::lazy(std::path::Path::new("/nonexistent-tfgate-policy"), &[]);
    let cx = Ctx {
        file,
        policy: Some(policy),
        subject: Some(subject),
        inputs,
        world,
        dirs: &dirs,
        memo: RefCell::new(Vec::new()),
        active: RefCell::new(Vec::new()),
        steps: std::cell::Cell::new(0),
    };
    let err = |e: EvalError| cx.error(e);
    if let Some(filter) = &policy.filter {
        match expr::eval(filter, &Scope::Empty, &cx).map_err(err)? {
            Value::Unknown(_) => return Ok(Verdict::Undecided),
            v => match v.to_bool() {
                Some(true) => {}
                Some(false) => return Ok(Verdict::NotApplicable),
                None => {
                    return Err(cx.at(
                        filter.span,
                        format!("`filter` must be a bool, got {}", v.type_name()),
                    ));
                }
            },
        }
    }
    let mut failures = Vec::new();
    let mut undecided = false;
    for (i, e) in policy.enforce.iter().enumerate() {
        let v = expr::eval(&e.condition, &Scope::Empty, &cx).map_err(err)?;
        let ok = match v {
            Value::Unknown(_) => {
                undecided = true;
                continue;
            }
            v => v.to_bool().ok_or_else(|| {
                cx.at(
                    e.condition.span,
                    format!("`condition` must be a bool, got {}", v.type_name()),
                )
            })?,
        };
        if ok {
            continue;
        }
        let message = match &e.error_message {
            Some(m) => cx.message(m, &e.message_inputs)?,
            None => format!(
                "policy `{}` failed (condition at line {})",
                policy.label, e.line
            ),
        };
        let info = match &e.info_message {
            Some(m) => Some(cx.message(m, &e.message_inputs)?),
            None => None,
        };
        let path = e.path.clone();
        failures.push(Failure {
            enforce: i,
            message,
            info,
            path,
        });
    }
    Ok(if !failures.is_empty() {
        Verdict::Failed(failures)
    } else if undecided {
        Verdict::Undecided
    } else {
        Verdict::Passed
    })
}

struct Ctx<'a> {
    file: &'a PolicyFile,
    policy: Option<&'a Policy>,
    subject: Option<&'a Subject>,
    inputs: &'a Map,
    world: &'a dyn World,
    dirs: &'a Dirs<'a>,
    /// The locals evaluated so far (a policy has few: a list beats hashing).
    memo: RefCell<Vec<(&'a str, Value)>>,
    active: RefCell<Vec<&'a str>>,
    /// Evaluation steps spent on this judgement ([`MAX_STEPS`]).
    steps: std::cell::Cell<u64>,
}

/// Most evaluation steps one subject's judgement under one policy may take: policy files
/// come with the code under review, so a policy may not stall the gate.
pub const MAX_STEPS: u64 = 1_000_000;

impl<'a> Ctx<'a> {
    fn at(&self, span: Span, message: impl Into<String>) -> PolicyError {
        PolicyError::new(&self.file.display, Some(self.file.line_of(span)), message)
    }

    fn error(&self, e: EvalError) -> PolicyError {
        match e {
            EvalError::Invalid { message, span }
            | EvalError::Unsupported { message, span }
            | EvalError::Refused { message, span } => self.at(span, message),
            EvalError::Cycle => {
                PolicyError::new(&self.file.display, None, "a cycle between locals")
            }
            EvalError::Limit => PolicyError::new(
                &self.file.display,
                self.policy.map(|p| p.line),
                format!(
                    "judging one {} took more than {MAX_STEPS} evaluation steps",
                    self.subject.map_or("subject", |s| s.kind.block())
                ),
            ),
        }
    }

    /// A message: its text, with sensitive inputs it reads withheld.
    fn message(&self, m: &Expr, inputs: &[String]) -> Result<String, PolicyError> {
        let v = expr::eval(m, &Scope::Empty, self).map_err(|e| self.error(e))?;
        let mut text = match v {
            Value::String(s) => s.to_string(),
            Value::Unknown(_) => {
                "(the message depends on values known only after apply)".to_string()
            }
            other => other.to_string(),
        };
        for name in inputs {
            let sensitive = self
                .file
                .inputs
                .iter()
                .any(|d| &d.name == name && d.sensitive);
            if let (true, Some(v)) = (sensitive, self.inputs.get(name)) {
                let shown = match v {
                    Value::String(s) => s.to_string(),
                    other => other.to_string(),
                };
                if !shown.is_empty() {
                    text = text.replace(&shown, "(sensitive)");
                }
            }
        }
        Ok(text)
    }

    fn local(&self, name: &str, span: Span) -> EvalResult {
        if let Some((_, v)) = self.memo.borrow().iter().find(|(n, _)| *n == name) {
            return Ok(v.clone());
        }
        let own = self.policy.iter().flat_map(|p| &p.locals);
        let found: Option<&'a Attribute> = own.chain(&self.file.locals).find(|a| a.name == name);
        let Some(attr) = found else {
            return Err(EvalError::invalid(
                format!("`local.{name}` is not defined"),
                span,
            ));
        };
        // The names are the policy's own: kept by reference, not copied per judgement.
        let name = attr.name.as_str();
        if self.active.borrow().contains(&name) {
            let mut chain = self.active.borrow().clone();
            chain.push(name);
            return Err(EvalError::invalid(
                format!(
                    "locals refer to each other in a cycle: local.{}",
                    chain.join(" -> local.")
                ),
                span,
            ));
        }
        if self.active.borrow().len() > 256 {
            return Err(EvalError::invalid("locals nest more than 256 deep", span));
        }
        self.active.borrow_mut().push(name);
        let v = expr::eval(&attr.expr, &Scope::Empty, self);
        self.active.borrow_mut().pop();
        let v = v?;
        self.memo.borrow_mut().push((name, v.clone()));
        Ok(v)
    }
}

impl Resolver for Ctx<'_> {
    fn resolve(
        &self,
        root: &str,
        ops: &[Operator],
        span: Span,
    ) -> Result<(Value, usize), EvalError> {
        let subject = |what: &str| {
            self.subject.ok_or_else(|| {
                EvalError::invalid(format!("`{what}` is available only inside a policy"), span)
            })
        };
        match root {
            "attrs" => Ok((subject(root)?.attrs.clone(), 0)),
            "meta" => Ok((subject(root)?.meta.clone(), 0)),
            "prior_attrs" => Ok((subject(root)?.prior_attrs.clone(), 0)),
            "input" | "local" => {
                let Some(Operator::GetAttr(name)) = ops.first() else {
                    return Err(EvalError::invalid(
                        format!("`{root}` must be followed by a name"),
                        span,
                    ));
                };
                if root == "local" {
                    return Ok((self.local(name, span)?, 1));
                }
                match self.inputs.get(&**name) {
                    Some(v) => Ok((v.clone(), 1)),
                    None => Err(EvalError::invalid(
                        format!("`input.{name}` is not declared"),
                        span,
                    )),
                }
            }
            other => Err(EvalError::invalid(
                format!("`{other}` cannot be referenced in a policy file"),
                span,
            )),
        }
    }

    fn fn_ctx(&self) -> FnCtx<'_> {
        FnCtx {
            dirs: self.dirs,
            files: None,
        }
    }

    fn tick(&self) -> Result<(), EvalError> {
        let n = self.steps.get() + 1;
        self.steps.set(n);
        if n > MAX_STEPS {
            return Err(EvalError::Limit);
        }
        Ok(())
    }

    fn extension(&self, name: &str, args: &[Value], span: Span) -> Option<EvalResult> {
        Some(match name {
            "getresources" => getresources(self.world, args, span),
            "getdatasource" => match args {
                [Value::String(t), config] => match config {
                    Value::Unknown(_) => Ok(Value::unknown()),
                    Value::Object(o) => Ok(self.world.data_source(t, &o.fields)),
                    Value::Null => Ok(self.world.data_source(t, &Map::new())),
                    other => Err(EvalError::invalid(
                        format!(
                            "core::getdatasource(): the filter must be an object, got {}",
                            other.type_name()
                        ),
                        span,
                    )),
                },
                _ => Err(EvalError::invalid(
                    "core::getdatasource(type, filter) takes a type name and an object",
                    span,
                )),
            },
            "semverconstraint" => match args {
                [v, c] if v.is_unknown() || c.is_unknown() || v.is_null() => Ok(Value::unknown()),
                [Value::String(v), Value::String(c)] => super::semver::satisfies(v, c)
                    .map(Value::Bool)
                    .map_err(|m| {
                        EvalError::invalid(format!("core::semverconstraint(): {m}"), span)
                    }),
                _ => Err(EvalError::invalid(
                    "core::semverconstraint(version, constraint) takes two strings",
                    span,
                )),
            },
            _ => return None,
        })
    }
}

/// `core::getresources(type, filter)`: the resources of a type whose attributes equal every
/// entry of the filter; unknown when a comparison needs a value known only after apply.
fn getresources(world: &dyn World, args: &[Value], span: Span) -> EvalResult {
    let (rtype, filter) = match args {
        [Value::String(t)] => (t, None),
        [Value::String(t), Value::Null] => (t, None),
        [Value::String(t), Value::Object(o)] => (t, Some(&o.fields)),
        [_, f] if f.is_unknown() => return Ok(Value::unknown()),
        _ => {
            return Err(EvalError::invalid(
                "core::getresources(type, filter) takes a type name and an object",
                span,
            ));
        }
    };
    let mut out = Vec::new();
    for r in world.resources(rtype) {
        let mut keep = true;
        for (k, want) in filter.into_iter().flatten() {
            let have = r.get_attr(k).unwrap_or(Value::Null);
            if have.contains_unknown() || want.contains_unknown() {
                return Ok(Value::unknown());
            }
            if !values_equal(&have, want) {
                keep = false;
                break;
            }
        }
        if keep {
            out.push(r);
        }
    }
    Ok(Value::list(out))
}
