//! Evaluation of one root module and everything it calls: module instances with lazy,
//! memoised locals, outputs, resources and module calls, then the expansion of every
//! resource into its instances.

use std::cell::{Cell, OnceCell, RefCell};
use std::collections::BTreeMap;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::Path;
use std::rc::{Rc, Weak};
use std::sync::Arc;

use super::EvalOptions;
use super::budget::{Budget, Limit, Limits};
use super::expr::{self, EvalError, EvalResult, Resolver, Scope};
use super::functions::FileCache;
use super::functions::{Dirs, FnCtx};
use super::types::Type;
use crate::base::diag::Diagnostic;
use crate::base::redact::Secrets;
use crate::base::span::{FileId, Loc, Span};
use crate::load::module::{ModuleCall, ModuleConfig, Resource};
use crate::load::syntax::{Block, Body, Expr, ExprKind, Operator};
use crate::load::vars::VarInput;
use crate::load::{Loaded, RootModule};
use crate::model::Mode;
use crate::model::value::{Map, Unknown, Value};
use crate::model::{
    EvalAttr, EvalBlock, EvalBody, Instance, InstanceKey, ModuleFrame, ModuleInstance, ModulePath,
    Origin, UnknownStats,
};

/// State shared by every module instance of one root's evaluation.
pub struct Session<'w> {
    pub loaded: &'w Loaded,
    /// The run's file function cache, shared by every root.
    files: &'w FileCache,
    pub root: &'w RootModule,
    pub options: &'w EvalOptions,
    pub diagnostics: RefCell<Vec<Diagnostic>>,
    reported: RefCell<HashSet<String>>,
    /// What the root's evaluation may still spend.
    budget: Budget,
    pub stats: RefCell<UnknownStats>,
    /// Texts of the values of sensitive variables and outputs.
    secrets: RefCell<Secrets>,
    /// The root module's directory and scanned tree, for file functions.
    root_dirs: Dirs<'w>,
    /// `path.cwd`, made on first use.
    cwd: OnceCell<Arc<str>>,
    root_name: Arc<str>,
    /// How many memoised names are being evaluated inside each other right now.
    depth: Cell<usize>,
    indexes: RefCell<HashMap<usize, Rc<ModuleIndex>>>,
}

/// Most names (locals, variables, outputs, resources) evaluated inside each other; a deeper
/// chain of references is reported instead of exhausting the stack.
pub const MAX_REFERENCE_DEPTH: usize = 4096;

/// What one root's evaluation produced.
pub struct RootResult {
    pub instances: Vec<Instance>,
    pub modules: Vec<ModuleInstance>,
    pub diagnostics: Vec<Diagnostic>,
    pub stats: UnknownStats,
    /// Texts of sensitive values met (never printed).
    pub secrets: Secrets,
}

/// Evaluates one root module and all module instances under it.
pub fn evaluate_root(
    loaded: &Loaded,
    root: &RootModule,
    options: &EvalOptions,
    files: &FileCache,
) -> RootResult {
    let session = Session {
        loaded,
        files,
        root,
        options,
        diagnostics: RefCell::new(Vec::new()),
        reported: RefCell::new(HashSet::default()),
        budget: Budget::new(Limits {
            steps: options.max_steps,
            value_size: options.max_value_size,
            memory: options.max_memory,
            instances: options.max_total_instances,
            spent: options.memory_spent.clone(),
        }),
        stats: RefCell::new(UnknownStats::default()),
        secrets: RefCell::new(Secrets::default()),
        root_dirs: Dirs::lazy(&loaded.modules[root.module].dir, &loaded.boundaries),
        cwd: OnceCell::new(),
        depth: Cell::new(0),
        indexes: RefCell::new(HashMap::default()),
        root_name: crate::base::path::display(&loaded.modules[root.module].dir).into(),
    };
    let vars = session.root_variables(root.module);
    let inst = ModuleInst::new(
        &session,
        root.module,
        Arc::new(ModulePath::default()),
        Inputs::Given(vars),
        String::new(),
        0,
    );
    let mut instances = Vec::new();
    let mut modules = Vec::new();
    inst.settle();
    inst.collect(&mut instances, &mut modules);
    drop(inst);
    if let Some(limit) = session.budget.reached() {
        let d = session.limit_reached(limit);
        session.diagnostics.borrow_mut().push(d);
    }
    RootResult {
        instances,
        modules,
        diagnostics: session.diagnostics.into_inner(),
        stats: session.stats.into_inner(),
        secrets: session.secrets.into_inner(),
    }
}

impl<'w> Session<'w> {
    /// The error for a limit the root's evaluation reached: which, and the flag to raise it.
    fn limit_reached(&self, limit: Limit) -> Diagnostic {
        let root = self.loaded.modules[self.root.module].dir.display();
        let o = self.options;
        let message = match limit {
            Limit::Steps => format!(
                "evaluation of {root} took more than {} steps (raise the limit with --max-eval-steps); remaining values are unknown",
                o.max_steps
            ),
            Limit::ValueSize => format!(
                "evaluation of {root} built or walked a value of more than {} bytes (raise the limit with --max-value-size); remaining values are unknown",
                o.max_value_size
            ),
            Limit::Memory => format!(
                "the values of this run took more than {} bytes of memory (raise the limit with --max-memory); remaining values of {root} are unknown",
                o.max_memory
            ),
            Limit::Instances => format!(
                "evaluation of {root} expanded to more than {} resource, module and dynamic block instances (raise the limit with --max-total-instances); the rest are kept as one instance each",
                o.max_total_instances
            ),
        };
        Diagnostic::error("limit", message)
    }

    /// The lookups of a module, built on first use.
    fn index(&self, module: usize) -> Rc<ModuleIndex> {
        if let Some(i) = self.indexes.borrow().get(&module) {
            return i.clone();
        }
        let config = &self.loaded.modules[module];
        let names = |it: &mut dyn Iterator<Item = &String>| -> HashMap<String, usize> {
            it.enumerate().map(|(i, n)| (n.clone(), i)).collect()
        };
        let mut managed: HashMap<String, HashMap<String, usize>> = HashMap::default();
        let mut data: HashMap<String, HashMap<String, usize>> = HashMap::default();
        for (i, r) in config.resources.iter().enumerate() {
            let by_mode = match r.mode {
                Mode::Managed => &mut managed,
                Mode::Data => &mut data,
            };
            by_mode
                .entry(r.rtype.clone())
                .or_default()
                .insert(r.name.clone(), i);
        }
        let index = Rc::new(ModuleIndex {
            locals: names(&mut config.locals.iter().map(|l| &l.attr.name)),
            vars: names(&mut config.variables.iter().map(|v| &v.name)),
            outputs: names(&mut config.outputs.iter().map(|o| &o.name)),
            managed,
            data,
            calls: names(&mut config.calls.iter().map(|c| &c.name)),
            types: config
                .variables
                .iter()
                .map(|v| self.var_type(v.type_expr.as_ref(), v.loc.file))
                .collect(),
        });
        self.indexes.borrow_mut().insert(module, index.clone());
        index
    }

    fn report(&self, d: Diagnostic) {
        let key = d.render();
        if self.reported.borrow_mut().insert(key) {
            self.diagnostics.borrow_mut().push(d);
        }
    }

    fn at(&self, d: Diagnostic, file: FileId, span: Span) -> Diagnostic {
        let f = self.loaded.files.get(file);
        let lc = f.line_col(span.start);
        d.in_file(f.display.clone()).at(lc.line, lc.column)
    }

    /// `path.cwd`: the root module's directory made absolute (without resolving links, as
    /// Terraform does), with forward slashes.
    fn cwd(&self) -> Arc<str> {
        self.cwd
            .get_or_init(|| {
                let dir = &self.loaded.modules[self.root.module].dir;
                let abs = std::path::absolute(dir).unwrap_or_else(|_| dir.clone());
                let abs = crate::base::path::normalize(&abs);
                crate::base::path::display(&abs).into()
            })
            .clone()
    }

    fn constant(&self, expr: &Expr, file: FileId) -> Value {
        let r = expr::Constants {
            ctx: FnCtx {
                dirs: &self.root_dirs,
                files: Some(self.files),
            },
        };
        match expr::eval(expr, &Scope::Empty, &r) {
            Ok(v) => v,
            Err(e) => {
                self.report_eval_error(e, file);
                Value::unknown()
            }
        }
    }

    fn report_eval_error(&self, e: EvalError, file: FileId) {
        match e {
            EvalError::Invalid { message, span } => {
                self.report(self.at(Diagnostic::warning("eval", message), file, span));
            }
            EvalError::Unsupported { message, span } => {
                self.report(self.at(Diagnostic::warning("unsupported", message), file, span));
            }
            EvalError::Refused { message, span } => {
                self.report(self.at(Diagnostic::error("refused-read", message), file, span));
            }
            EvalError::Cycle | EvalError::Limit => {}
        }
    }

    /// Values of a root module's variables: defaults, `TF_VAR_*`, tfvars files, then
    /// `--var-file`/`--var` in command-line order.
    fn root_variables(&self, module: usize) -> BTreeMap<String, Value> {
        let config = &self.loaded.modules[module];
        let mut given: HashMap<String, Given> = HashMap::default();
        for (name, raw) in &self.options.env_vars {
            given.insert(name.clone(), Given::Raw(raw.clone()));
        }
        for (file, attrs) in &config.auto_tfvars {
            for attr in attrs {
                given.insert(attr.name.clone(), Given::Expr(attr.expr.clone(), *file));
            }
        }
        for input in &self.options.cli_vars {
            match input {
                VarInput::File(file, attrs) => {
                    for attr in attrs {
                        given.insert(attr.name.clone(), Given::Expr(attr.expr.clone(), *file));
                    }
                }
                VarInput::Raw(name, raw) => {
                    given.insert(name.clone(), Given::Raw(raw.clone()));
                }
            }
        }
        let mut out = BTreeMap::new();
        for var in &config.variables {
            let ty = self.var_type(var.type_expr.as_ref(), var.loc.file);
            let (value, given_at) = match given.remove(&var.name) {
                Some(Given::Expr(e, file)) => (
                    Some(self.constant(&e, file)),
                    Some(Loc { file, span: e.span }),
                ),
                Some(Given::Raw(raw)) => (Some(raw_var_value(&raw, &ty)), None),
                None => (None, None),
            };
            let value = self.finish_variable(var, &ty, value, given_at);
            out.insert(var.name.clone(), value);
        }
        out
    }

    fn var_type(&self, type_expr: Option<&Expr>, file: FileId) -> Type {
        let Some(te) = type_expr else {
            return Type::Any;
        };
        // Terraform still accepts the pre-0.12 shorthands `type = list` and `type = map`, as
        // the whole constraint only, for `list(any)` and `map(any)`.
        if let ExprKind::Variable(name) = &te.kind {
            match &**name {
                "list" => return Type::List(Box::new(Type::Any)),
                "map" => return Type::Map(Box::new(Type::Any)),
                _ => {}
            }
        }
        match Type::parse(te, &|e| self.constant(e, file)) {
            Ok(t) => t,
            Err(message) => {
                self.report(self.at(Diagnostic::error("invalid-type", message), file, te.span));
                Type::Any
            }
        }
    }

    /// Applies the default and the type conversion to a variable's given value. A value
    /// the type rejects is an error where it was written (`given_at`: a module argument, a
    /// tfvars line), as Terraform reports it, with the declaration as the related place;
    /// at the declaration when it came from a default, `--var` or the environment.
    fn finish_variable(
        &self,
        var: &crate::load::module::Variable,
        ty: &Type,
        given: Option<Value>,
        given_at: Option<Loc>,
    ) -> Value {
        let given_at =
            given_at.filter(|_| given.as_ref().is_some_and(|v| !v.is_null() || var.nullable));
        let value = match given {
            Some(v) if !v.is_null() || var.nullable => v,
            _ => match &var.default {
                Some(d) => self.constant(d, var.loc.file),
                None => Value::Unknown(Unknown::Variable {
                    name: var.name.as_str().into(),
                }),
            },
        };
        match ty.convert(value.clone()) {
            Ok(v) => v,
            Err(message) => {
                let d = Diagnostic::error(
                    "invalid-variable-value",
                    format!("invalid value for variable \"{}\": {message}", var.name),
                );
                let d = match given_at {
                    Some(at) => {
                        let decl = self.loaded.files.get(var.loc.file);
                        let line = decl.line_col(var.loc.span.start).line;
                        let d = Diagnostic {
                            message: format!(
                                "{} (variable \"{}\" is declared at {}:{line})",
                                d.message, var.name, decl.display
                            ),
                            ..d
                        };
                        self.at(d.related(decl.display.clone(), line), at.file, at.span)
                    }
                    None => self.at(d, var.loc.file, var.loc.span),
                };
                self.report(d);
                value
            }
        }
    }
}

enum Given {
    Expr(Expr, FileId),
    Raw(String),
}

/// A `-var` or `TF_VAR_` string: taken literally for string variables, parsed as an HCL
/// expression for other types, as Terraform does.
fn raw_var_value(raw: &str, ty: &Type) -> Value {
    if matches!(ty, Type::String | Type::Any) {
        return Value::string(raw);
    }
    match crate::load::hcl::parse_expr(raw) {
        Ok(e) => expr::eval_constant(&e).unwrap_or_else(|_| Value::string(raw)),
        Err(_) => Value::string(raw),
    }
}

/// What a memoised name is doing.
enum Slot {
    InProgress,
    Done(Value),
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Name {
    Var(usize),
    Local(usize),
    Output(usize),
    Resource(usize),
    Call(usize),
}

/// A resource's evaluated instances and its value as other expressions see it. The value
/// copies every instance's arguments into objects, and most resources are never referenced,
/// so it is built on the first reference.
struct ResourceEval {
    instances: Vec<(InstanceKey, EvalBody)>,
    /// How the instances are keyed, or `None` when the keys are unknown.
    keyed: Option<Keyed>,
    /// The address without an instance key: `module.a.aws_s3_bucket.b`.
    address: String,
    /// Arguments whose value others see as unknown although the configuration sets them:
    /// `output_path` of an `archive_file`, a build artifact that exists only once Terraform
    /// has read or applied it.
    artifacts: &'static [&'static str],
    value: OnceCell<Value>,
}

impl ResourceEval {
    fn value(&self) -> Value {
        self.value
            .get_or_init(|| {
                keyed_value(self.keyed, &self.instances, |key, body| {
                    let address = format!("{}{key}", self.address);
                    let value = body.to_reference_value(&address);
                    match (&value, self.artifacts) {
                        (_, []) => value,
                        (Value::Object(obj), artifacts) => {
                            let mut obj = (**obj).clone();
                            for &a in artifacts {
                                obj.fields.insert(
                                    a.to_string(),
                                    Value::Unknown(Unknown::Attribute {
                                        resource: address.as_str().into(),
                                        path: a.into(),
                                    }),
                                );
                            }
                            Value::Object(Arc::new(obj))
                        }
                        _ => value,
                    }
                })
            })
            .clone()
    }
}

/// The arguments of a resource type that name a build artifact (see `ResourceEval::artifacts`).
fn artifacts(rtype: &str) -> &'static [&'static str] {
    match rtype {
        "archive_file" => &["output_path"],
        _ => &[],
    }
}

/// The value of a resource or module call from its instances: a list under `count`, an
/// object by key under `for_each`, the one instance's object otherwise, unknown when the
/// keys are.
fn keyed_value<T>(
    keyed: Option<Keyed>,
    instances: &[(InstanceKey, T)],
    object: impl Fn(&InstanceKey, &T) -> Value,
) -> Value {
    match keyed {
        None => Value::unknown(),
        Some(Keyed::Count) => Value::list(instances.iter().map(|(k, t)| object(k, t)).collect()),
        Some(Keyed::ForEach) => Value::object(
            instances
                .iter()
                .map(|(k, t)| match k {
                    InstanceKey::Str(s) => (s.clone(), object(k, t)),
                    other => (other.to_string(), object(k, t)),
                })
                .collect(),
        ),
        Some(Keyed::Single) => instances
            .first()
            .map_or_else(Value::unknown, |(k, t)| object(k, t)),
    }
}

/// A module call's instances. Creating them evaluates only `count`/`for_each`: inputs and
/// outputs are evaluated when something reads them, as Terraform's graph does per input and
/// output, so `module.a`'s input may depend on another of `module.a`'s outputs.
struct CallEval<'w> {
    instances: Vec<(InstanceKey, Rc<ModuleInst<'w>>)>,
    /// How the instances are keyed, or `None` when the keys are unknown.
    keyed: Option<Keyed>,
    value: OnceCell<Value>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Keyed {
    Single,
    Count,
    ForEach,
}

impl CallEval<'_> {
    fn empty() -> Self {
        CallEval {
            instances: Vec::new(),
            keyed: None,
            value: OnceCell::new(),
        }
    }

    /// The whole call as a value: an object of outputs, or a list/map of them.
    fn value(&self) -> Value {
        self.value
            .get_or_init(|| keyed_value(self.keyed, &self.instances, |_, m| m.outputs_value()))
            .clone()
    }
}

/// Where a module instance's variables come from.
enum Inputs<'w> {
    /// A root module: values already resolved from defaults, tfvars and the command line.
    Given(BTreeMap<String, Value>),
    /// A called module: the `module` block's arguments, evaluated in the caller on demand.
    Call {
        parent: Weak<ModuleInst<'w>>,
        call: usize,
        binding: Binding,
    },
}

/// One instance of a module, with its input values.
pub struct ModuleInst<'w> {
    s: &'w Session<'w>,
    module: usize,
    config: &'w ModuleConfig,
    path: Arc<ModulePath>,
    inputs: Inputs<'w>,
    /// This instance, for children to point back at.
    me: Weak<ModuleInst<'w>>,
    /// Dotted call names for `modules.json` (`vpc.subnets`).
    key_path: String,
    /// `module.a["x"].` (empty in the root module), the start of every address in here.
    prefix: String,
    depth: usize,
    path_module: Arc<str>,
    memo: RefCell<HashMap<Name, Slot>>,
    stack: RefCell<Vec<Name>>,
    resources: RefCell<HashMap<usize, Rc<ResourceEval>>>,
    calls: RefCell<HashMap<usize, Rc<CallEval<'w>>>>,
    index: Rc<ModuleIndex>,
}

/// Name lookups of a module configuration, built once per module and shared by all its
/// instances.
struct ModuleIndex {
    locals: HashMap<String, usize>,
    vars: HashMap<String, usize>,
    outputs: HashMap<String, usize>,
    /// By mode, then type, then name.
    managed: HashMap<String, HashMap<String, usize>>,
    data: HashMap<String, HashMap<String, usize>>,
    calls: HashMap<String, usize>,
    /// Each variable's type constraint, parsed once.
    types: Vec<Type>,
}

impl<'w> ModuleInst<'w> {
    fn new(
        s: &'w Session<'w>,
        module: usize,
        path: Arc<ModulePath>,
        inputs: Inputs<'w>,
        key_path: String,
        depth: usize,
    ) -> Rc<ModuleInst<'w>> {
        let config = &s.loaded.modules[module];
        let root_dir = &s.loaded.modules[s.root.module].dir;
        let path_module = relative_dir(root_dir, &config.dir);
        let prefix = if path.is_root() {
            String::new()
        } else {
            format!("{path}.")
        };
        Rc::new_cyclic(|me| ModuleInst {
            s,
            module,
            config,
            path,
            inputs,
            me: me.clone(),
            key_path,
            prefix,
            depth,
            path_module: path_module.into(),
            memo: RefCell::new(HashMap::default()),
            stack: RefCell::new(Vec::new()),
            resources: RefCell::new(HashMap::default()),
            calls: RefCell::new(HashMap::default()),
            index: s.index(module),
        })
    }

    /// True when this instance or one of the instances that called it is of `module`.
    fn calls_module(&self, module: usize) -> bool {
        if self.module == module {
            return true;
        }
        match &self.inputs {
            Inputs::Call { parent, .. } => parent.upgrade().is_some_and(|p| p.calls_module(module)),
            Inputs::Given(_) => false,
        }
    }

    fn prefix(&self) -> &str {
        &self.prefix
    }

    /// The address of a resource in this module instance, with an instance key: built
    /// without `format!`, as it is for every instance of every resource.
    fn resource_address(&self, r: &Resource, key: &InstanceKey) -> String {
        use std::fmt::Write as _;
        let mut address =
            String::with_capacity(self.prefix.len() + r.rtype.len() + r.name.len() + 16);
        address.push_str(&self.prefix);
        if r.mode == Mode::Data {
            address.push_str("data.");
        }
        address.push_str(&r.rtype);
        address.push('.');
        address.push_str(&r.name);
        let _ = write!(address, "{key}");
        address
    }

    fn describe(&self, name: &Name) -> String {
        match name {
            Name::Var(i) => format!("var.{}", self.config.variables[*i].name),
            Name::Local(i) => format!("local.{}", self.config.locals[*i].attr.name),
            Name::Output(i) => format!("output.{}", self.config.outputs[*i].name),
            Name::Resource(i) => self.config.resources[*i].local_address(),
            Name::Call(i) => format!("module.{}", self.config.calls[*i].name),
        }
    }

    fn name_loc(&self, name: &Name) -> (FileId, Span) {
        match name {
            Name::Var(i) => {
                let v = &self.config.variables[*i];
                (v.loc.file, v.loc.span)
            }
            Name::Local(i) => {
                let l = &self.config.locals[*i];
                (l.file, l.attr.span)
            }
            Name::Output(i) => (
                self.config.outputs[*i].loc.file,
                self.config.outputs[*i].loc.span,
            ),
            Name::Resource(i) => (
                self.config.resources[*i].loc.file,
                self.config.resources[*i].loc.span,
            ),
            Name::Call(i) => (
                self.config.calls[*i].loc.file,
                self.config.calls[*i].loc.span,
            ),
        }
    }

    /// Runs `f` for `name` once, detecting cycles.
    fn memoised(&self, name: Name, f: impl FnOnce() -> Value) -> EvalResult {
        match self.memo.borrow().get(&name) {
            Some(Slot::Done(v)) => return Ok(v.clone()),
            Some(Slot::InProgress) => {
                let stack = self.stack.borrow();
                let start = stack.iter().position(|n| *n == name).unwrap_or(0);
                let mut cycle: Vec<String> =
                    stack[start..].iter().map(|n| self.describe(n)).collect();
                cycle.push(self.describe(&name));
                let (file, span) = self.name_loc(&name);
                let in_module = if self.path.is_root() {
                    String::new()
                } else {
                    format!(" in {}", self.path)
                };
                self.s.report(self.s.at(
                    Diagnostic::error(
                        "cycle",
                        format!("reference cycle{in_module}: {}", cycle.join(" -> ")),
                    ),
                    file,
                    span,
                ));
                return Err(EvalError::Cycle);
            }
            None => {}
        }
        let depth = self.s.depth.get() + 1;
        if depth > MAX_REFERENCE_DEPTH {
            let (file, span) = self.name_loc(&name);
            self.s.report(self.s.at(
                Diagnostic::error(
                    "limit",
                    format!(
                        "references nested more than {MAX_REFERENCE_DEPTH} deep (at {}); the rest is unknown",
                        self.describe(&name)
                    ),
                ),
                file,
                span,
            ));
            return Err(EvalError::Limit);
        }
        self.s.depth.set(depth);
        self.memo
            .borrow_mut()
            .insert(name.clone(), Slot::InProgress);
        self.stack.borrow_mut().push(name.clone());
        let value = f();
        self.stack.borrow_mut().pop();
        self.s.depth.set(depth - 1);
        self.memo
            .borrow_mut()
            .insert(name, Slot::Done(value.clone()));
        Ok(value)
    }

    /// Evaluates an expression; errors become an unknown value and a diagnostic.
    fn eval_or_unknown(&self, e: &Expr, scope: &Scope, file: FileId) -> Value {
        match expr::eval(e, scope, self) {
            Ok(v) => v,
            Err(err) => {
                self.s.report_eval_error(err, file);
                Value::unknown()
            }
        }
    }

    /// A variable's value: given (root), or the caller's argument evaluated now, with the
    /// default and type conversion applied.
    fn var(&self, i: usize) -> EvalResult {
        self.memoised(Name::Var(i), || {
            let var = &self.config.variables[i];
            let ty = &self.index.types[i];
            let given = match &self.inputs {
                Inputs::Given(values) => {
                    let value = values
                        .get(&var.name)
                        .cloned()
                        .unwrap_or_else(Value::unknown);
                    if var.sensitive {
                        add_secrets(&value, &mut self.s.secrets.borrow_mut());
                    }
                    return value;
                }
                Inputs::Call {
                    parent,
                    call,
                    binding,
                } => parent.upgrade().and_then(|parent| {
                    let call = &parent.config.calls[*call];
                    let attr = call.inputs.iter().find(|a| a.name == var.name)?;
                    let file = call
                        .overridden
                        .iter()
                        .rev()
                        .find(|(n, _)| *n == attr.name)
                        .map_or(call.loc.file, |(_, f)| *f);
                    let value = binding
                        .with_scope(&|scope| parent.eval_or_unknown(&attr.expr, scope, file));
                    Some((
                        value,
                        Loc {
                            file,
                            span: attr.expr.span,
                        },
                    ))
                }),
            };
            let (given, given_at) = given.unzip();
            let value = self.s.finish_variable(var, ty, given, given_at);
            if var.sensitive {
                add_secrets(&value, &mut self.s.secrets.borrow_mut());
            }
            value
        })
    }

    fn local(&self, i: usize) -> EvalResult {
        self.memoised(Name::Local(i), || {
            let l = &self.config.locals[i];
            self.eval_or_unknown(&l.attr.expr, &Scope::Empty, l.file)
        })
    }

    fn output(&self, i: usize) -> EvalResult {
        self.memoised(Name::Output(i), || {
            let o = &self.config.outputs[i];
            let value = self.eval_or_unknown(&o.expr, &Scope::Empty, o.loc.file);
            if o.sensitive {
                add_secrets(&value, &mut self.s.secrets.borrow_mut());
            }
            value
        })
    }

    fn outputs_value(&self) -> Value {
        let mut fields = Map::new();
        for i in 0..self.config.outputs.len() {
            let v = self.output(i).unwrap_or_else(|_| Value::unknown());
            fields.insert(self.config.outputs[i].name.clone(), v);
        }
        Value::object(fields)
    }

    /// The value of the resource or data source `rtype.name` of this module.
    fn named_resource(&self, mode: Mode, rtype: &str, name: &str, span: Span) -> EvalResult {
        let by_type = match mode {
            Mode::Managed => &self.index.managed,
            Mode::Data => &self.index.data,
        };
        match by_type.get(rtype).and_then(|m| m.get(name)) {
            Some(&i) => Ok(self.resource(i)?.value()),
            None => Err(EvalError::invalid(
                match mode {
                    Mode::Managed => format!("no resource {rtype}.{name} in this module"),
                    Mode::Data => format!("no data source data.{rtype}.{name} in this module"),
                },
                span,
            )),
        }
    }

    fn resource(&self, i: usize) -> Result<Rc<ResourceEval>, EvalError> {
        if let Some(r) = self.resources.borrow().get(&i) {
            return Ok(r.clone());
        }
        // The memo slot detects cycles; the evaluated instances are kept beside it.
        self.memoised(Name::Resource(i), || {
            let eval = self.expand_resource(&self.config.resources[i]);
            self.resources.borrow_mut().insert(i, Rc::new(eval));
            Value::Null
        })?;
        // Only `collect` removes an evaluation, after `settle` has evaluated everything that
        // could refer to it; should that ever change, the resource reads as unknown.
        Ok(self.resources.borrow().get(&i).cloned().unwrap_or_else(|| {
            Rc::new(ResourceEval {
                instances: Vec::new(),
                keyed: None,
                address: String::new(),
                artifacts: &[],
                value: OnceCell::new(),
            })
        }))
    }

    fn call(&self, i: usize) -> Result<Rc<CallEval<'w>>, EvalError> {
        if let Some(c) = self.calls.borrow().get(&i) {
            return Ok(c.clone());
        }
        self.memoised(Name::Call(i), || {
            let eval = self.expand_call(i);
            self.calls.borrow_mut().insert(i, Rc::new(eval));
            Value::Null
        })?;
        Ok(self
            .calls
            .borrow()
            .get(&i)
            .cloned()
            .unwrap_or_else(|| Rc::new(CallEval::empty())))
    }

    /// The instance keys of a `count`/`for_each`, with `each`/`count` values to bind.
    /// `None` when they are unknown.
    fn expansion(
        &self,
        count: Option<&Expr>,
        for_each: Option<&Expr>,
        file: FileId,
        what: &str,
    ) -> Option<Vec<(InstanceKey, Binding)>> {
        if let Some(c) = count {
            let v = self.eval_or_unknown(c, &Scope::Empty, file);
            if v.is_unknown() {
                return None;
            }
            let Some(n) = v.to_number().filter(|n| *n >= 0.0 && n.fract() == 0.0) else {
                self.s.report(self.s.at(
                    Diagnostic::error(
                        "invalid-count",
                        format!("{what}: count must be a whole number, got {v}"),
                    ),
                    file,
                    c.span,
                ));
                return None;
            };
            let n = n as i64;
            if n as usize > self.s.options.max_instances {
                self.report_too_many(what, n as usize, file, c.span);
                return None;
            }
            if self.s.budget.instances(n as u64).is_err() {
                return None;
            }
            return Some(
                (0..n)
                    .map(|i| (InstanceKey::Int(i), Binding::Count(Value::Number(i as f64))))
                    .collect(),
            );
        }
        if let Some(fe) = for_each {
            let v = self.eval_or_unknown(fe, &Scope::Empty, file);
            let pairs: Vec<(String, Value)> = match &v {
                Value::Unknown(_) => return None,
                Value::Object(obj) => obj
                    .fields
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect(),
                Value::Set(items) | Value::List(items) => {
                    let mut pairs = Vec::new();
                    for item in items.iter() {
                        match item {
                            Value::Unknown(_) => return None,
                            other => {
                                match other.to_str() {
                                    Some(s) => pairs.push((s.to_string(), other.clone())),
                                    None => {
                                        self.s.report(self.s.at(
                                        Diagnostic::error(
                                            "invalid-for-each",
                                            format!("{what}: for_each over a set needs strings, got {}", other.type_name()),
                                        ),
                                        file,
                                        fe.span,
                                    ));
                                        return None;
                                    }
                                }
                            }
                        }
                    }
                    pairs.sort_by(|a, b| a.0.cmp(&b.0));
                    pairs.dedup_by(|a, b| a.0 == b.0);
                    pairs
                }
                Value::Null => {
                    self.s.report(self.s.at(
                        Diagnostic::error("invalid-for-each", format!("{what}: for_each is null")),
                        file,
                        fe.span,
                    ));
                    return Some(Vec::new());
                }
                other => {
                    self.s.report(self.s.at(
                        Diagnostic::error(
                            "invalid-for-each",
                            format!(
                                "{what}: for_each needs a map or a set of strings, got {}",
                                other.type_name()
                            ),
                        ),
                        file,
                        fe.span,
                    ));
                    return None;
                }
            };
            if pairs.len() > self.s.options.max_instances {
                self.report_too_many(what, pairs.len(), file, fe.span);
                return None;
            }
            if self.s.budget.instances(pairs.len() as u64).is_err() {
                return None;
            }
            return Some(
                pairs
                    .into_iter()
                    .map(|(k, v)| {
                        (
                            InstanceKey::Str(k.clone()),
                            Binding::Each(each_value(Value::string(k), v)),
                        )
                    })
                    .collect(),
            );
        }
        Some(vec![(InstanceKey::None, Binding::None)])
    }

    fn report_too_many(&self, what: &str, n: usize, file: FileId, span: Span) {
        self.s.report(self.s.at(
            Diagnostic::error(
                "limit",
                format!(
                    "{what} would have {n} instances, over the limit of {} (raise it with --max-instances); evaluated as one instance with unknown keys",
                    self.s.options.max_instances
                ),
            ),
            file,
            span,
        ));
    }

    fn expand_resource(&self, r: &Resource) -> ResourceEval {
        let address = self.resource_address(r, &InstanceKey::None);
        let keys = self.expansion(r.count.as_ref(), r.for_each.as_ref(), r.loc.file, &address);
        let (keys, unknown) = match keys {
            Some(k) => (k, false),
            None => {
                self.s.stats.borrow_mut().unknown_expansions += 1;
                let binding = if r.count.is_some() {
                    Binding::Count(Value::unknown())
                } else {
                    Binding::Each(each_value(Value::unknown(), Value::unknown()))
                };
                (vec![(InstanceKey::Unknown, binding)], true)
            }
        };
        let mut instances = Vec::with_capacity(keys.len());
        for (key, binding) in keys {
            let body = binding.with_scope(&|scope| self.eval_body(&r.body, scope, r, None));
            self.warn_artifacts(r, &address, &body);
            instances.push((key, body));
        }
        let keyed = match (unknown, &r.count, &r.for_each) {
            (true, _, _) => None,
            (false, Some(_), _) => Some(Keyed::Count),
            (false, None, Some(_)) => Some(Keyed::ForEach),
            (false, None, None) => Some(Keyed::Single),
        };
        ResourceEval {
            instances,
            keyed,
            address,
            artifacts: artifacts(&r.rtype),
            value: OnceCell::new(),
        }
    }

    /// A build artifact written outside the scanned tree (`archive_file`'s `output_path =
    /// "/tmp/f.zip"`) is not an error: tfgate neither builds nor reads it, and what derives
    /// from it (`filebase64sha256(data.archive_file.f.output_path)`) is unknown. Said once, as
    /// a warning, so the unknowns it causes are explained.
    fn warn_artifacts(&self, r: &Resource, address: &str, body: &EvalBody) {
        for &a in artifacts(&r.rtype) {
            let Some(attr) = body.attr(a) else { continue };
            let Some(path) = attr.value.as_str() else {
                continue;
            };
            if !crate::eval::functions::outside_tree(&self.s.root_dirs, path) {
                continue;
            }
            let message = format!(
                "{address} writes its archive to {path:?}, outside the scanned tree: tfgate \
                 does not build or read it, so values derived from `{a}` are unknown"
            );
            let loc = attr.loc.unwrap_or(r.loc);
            self.s.report(self.s.at(
                Diagnostic::warning("build-artifact", message),
                loc.file,
                loc.span,
            ));
        }
    }

    /// Evaluates a block body. `nested_in` is the file of the enclosing top-level block; for a
    /// resource's own body (`None`) each argument's file is looked up, as override files may
    /// have replaced it.
    fn eval_body(
        &self,
        body: &Body,
        scope: &Scope,
        r: &Resource,
        nested_in: Option<FileId>,
    ) -> EvalBody {
        let mut out = EvalBody {
            attrs: crate::model::AttrMap::with_capacity(body.attributes.len()),
            blocks: Vec::with_capacity(body.blocks.len()),
        };
        for attr in &body.attributes {
            let file = nested_in.unwrap_or_else(|| r.file_of(&attr.name));
            let value = self.eval_or_unknown(&attr.expr, scope, file);
            out.attrs.insert(
                attr.name.clone(),
                EvalAttr {
                    value,
                    loc: Some(Loc {
                        file,
                        span: attr.span,
                    }),
                    expr_span: Some(attr.expr.span),
                    literal: attr.expr.is_literal(),
                },
            );
        }
        for block in &body.blocks {
            let file = nested_in.unwrap_or_else(|| {
                let kind = match (block.kind.as_str(), block.labels.first()) {
                    ("dynamic", Some(label)) => label.as_str(),
                    _ => block.kind.as_str(),
                };
                r.file_of(kind)
            });
            if block.kind == "dynamic" {
                self.expand_dynamic(block, scope, r, file, &mut out.blocks);
            } else {
                out.blocks.push(EvalBlock {
                    kind: block.kind.clone(),
                    labels: block.labels.clone(),
                    body: self.eval_body(&block.body, scope, r, Some(file)),
                    loc: Some(Loc {
                        file,
                        span: block.span,
                    }),
                    dynamic: false,
                    keys_unknown: false,
                });
            }
        }
        out
    }

    fn expand_dynamic(
        &self,
        block: &Block,
        scope: &Scope,
        r: &Resource,
        file: FileId,
        out: &mut Vec<EvalBlock>,
    ) {
        let Some(kind) = block.labels.first() else {
            return;
        };
        let iterator: String = block
            .body
            .attribute("iterator")
            .and_then(|a| a.expr.as_reference())
            .and_then(|parts| parts.first().map(|s| s.to_string()))
            .unwrap_or_else(|| kind.clone());
        let Some(content) = block.body.blocks_of("content").next() else {
            return;
        };
        let loc = Some(Loc {
            file,
            span: block.span,
        });
        let items = match block.body.attribute("for_each") {
            Some(fe) => {
                let coll = self.eval_or_unknown(&fe.expr, scope, file);
                match expr::iterate(&coll, fe.expr.span) {
                    Ok(items) => items,
                    Err(e) => {
                        self.s.report_eval_error(e, file);
                        None
                    }
                }
            }
            None => None,
        };
        let Some(items) = items else {
            self.s.stats.borrow_mut().unknown_dynamic_blocks += 1;
            let it = Value::object(Map::from([
                ("key".to_string(), Value::unknown()),
                ("value".to_string(), Value::unknown()),
            ]));
            let inner = scope.bind(&iterator, &it);
            out.push(EvalBlock {
                kind: kind.clone(),
                labels: Vec::new(),
                body: self.eval_body(&content.body, &inner, r, Some(file)),
                loc,
                dynamic: true,
                keys_unknown: true,
            });
            return;
        };
        // Nested dynamic blocks multiply: every block counts against the root's instances.
        if self.s.budget.instances(items.len() as u64).is_err() {
            return;
        }
        for (k, v) in items {
            let it = Value::object(Map::from([
                ("key".to_string(), k),
                ("value".to_string(), v),
            ]));
            let inner = scope.bind(&iterator, &it);
            let labels = block
                .body
                .attribute("labels")
                .map(|a| self.eval_or_unknown(&a.expr, &inner, file))
                .and_then(|v| {
                    v.as_seq().map(|s| {
                        s.iter()
                            .filter_map(|l| l.to_str().map(|x| x.to_string()))
                            .collect()
                    })
                })
                .unwrap_or_default();
            out.push(EvalBlock {
                kind: kind.clone(),
                labels,
                body: self.eval_body(&content.body, &inner, r, Some(file)),
                loc,
                dynamic: true,
                keys_unknown: false,
            });
        }
    }

    fn expand_call(&self, i: usize) -> CallEval<'w> {
        let call = &self.config.calls[i];
        let address = format!("{}module.{}", self.prefix(), call.name);
        let Some(target) = self.call_target(i, call) else {
            return CallEval::empty();
        };
        if self.calls_module(target) {
            let dir = &self.s.loaded.modules[target].dir;
            self.s.report(self.s.at(
                Diagnostic::error(
                    "module-cycle",
                    format!(
                        "{address}: the module {} calls itself (directly or through other modules); the call is not evaluated",
                        crate::base::path::display(dir)
                    ),
                ),
                call.loc.file,
                call.loc.span,
            ));
            return CallEval::empty();
        }
        let max_depth = self.s.options.max_module_depth;
        if self.depth >= max_depth {
            self.s.report(self.s.at(
                Diagnostic::error(
                    "module-depth",
                    format!(
                        "{address}: modules nested more than {max_depth} deep (raise the limit with --max-module-depth); not evaluated further"
                    ),
                ),
                call.loc.file,
                call.loc.span,
            ));
            return CallEval::empty();
        }
        let target_config = &self.s.loaded.modules[target];
        for input in &call.inputs {
            if !target_config.variables.iter().any(|v| v.name == input.name) {
                self.s.report(self.s.at(
                    Diagnostic::warning(
                        "unknown-input",
                        format!("{address}: the module has no variable \"{}\"", input.name),
                    ),
                    call.loc.file,
                    input.span,
                ));
            }
        }
        let keys = self.expansion(
            call.count.as_ref(),
            call.for_each.as_ref(),
            call.loc.file,
            &address,
        );
        let keyed = match (&call.count, &call.for_each) {
            (Some(_), _) => Keyed::Count,
            (None, Some(_)) => Keyed::ForEach,
            (None, None) => Keyed::Single,
        };
        let (keys, keyed) = match keys {
            Some(k) => (k, Some(keyed)),
            None => {
                self.s.stats.borrow_mut().unknown_module_expansions += 1;
                let binding = if call.count.is_some() {
                    Binding::Count(Value::unknown())
                } else {
                    Binding::Each(each_value(Value::unknown(), Value::unknown()))
                };
                (vec![(InstanceKey::Unknown, binding)], None)
            }
        };
        let key_path = if self.key_path.is_empty() {
            call.name.clone()
        } else {
            format!("{}.{}", self.key_path, call.name)
        };
        let mut instances = Vec::new();
        for (key, binding) in keys {
            let frame = ModuleFrame {
                name: call.name.clone(),
                key: key.clone(),
                call: Some(call.loc),
                source: call.source.clone().unwrap_or_default(),
            };
            let child = ModuleInst::new(
                self.s,
                target,
                Arc::new(self.path.child(frame)),
                Inputs::Call {
                    parent: self.me.clone(),
                    call: i,
                    binding,
                },
                key_path.clone(),
                self.depth + 1,
            );
            instances.push((key, child));
        }
        CallEval {
            instances,
            keyed,
            value: OnceCell::new(),
        }
    }

    /// The module a call runs: a local directory, or one `terraform init` downloaded.
    fn call_target(&self, i: usize, call: &ModuleCall) -> Option<usize> {
        if let Some(t) = self
            .s
            .loaded
            .local_targets
            .get(self.module)
            .and_then(|row| row.get(i))
            .copied()
            .flatten()
        {
            return Some(t);
        }
        if call.is_local() {
            // Already reported by the loader.
            return None;
        }
        let key = if self.key_path.is_empty() {
            call.name.clone()
        } else {
            format!("{}.{}", self.key_path, call.name)
        };
        if let Some(&t) = self.s.root.registry.get(&key) {
            return Some(t);
        }
        let source = call.source.as_deref().unwrap_or("(no literal source)");
        let message = format!(
            "module \"{}\" (source \"{source}\") is not available locally; run `terraform get` (or `terraform init`) to download it. Its resources were not evaluated and its outputs are unknown",
            call.name
        );
        let diagnostic = if self.s.options.require_modules {
            Diagnostic::error("module-not-found", message)
        } else {
            Diagnostic::warning("module-not-found", message)
        };
        self.s
            .report(self.s.at(diagnostic, call.loc.file, call.loc.span));
        self.s
            .stats
            .borrow_mut()
            .modules_not_downloaded
            .insert((call.loc.file.0, call.loc.span.start));
        None
    }

    /// Evaluates everything in this instance and the instances it calls (variables,
    /// resources, calls, outputs, locals) in the order `collect` visits them, so diagnostics
    /// keep that order. Afterwards nothing refers to a resource any more, and `collect` may
    /// move instance bodies out.
    fn settle(&self) {
        for i in 0..self.config.variables.len() {
            let _ = self.var(i);
        }
        for i in 0..self.config.resources.len() {
            let _ = self.resource(i);
        }
        for i in 0..self.config.calls.len() {
            if let Ok(call) = self.call(i) {
                for (_, child) in &call.instances {
                    child.settle();
                }
            }
        }
        // Outputs and locals are evaluated so their errors and cycles are reported even when
        // unused.
        for i in 0..self.config.outputs.len() {
            let _ = self.output(i);
        }
        for i in 0..self.config.locals.len() {
            let _ = self.local(i);
        }
    }

    /// Moves every resource instance out, with the module instances; call after `settle`.
    fn collect(&self, instances: &mut Vec<Instance>, modules: &mut Vec<ModuleInstance>) {
        let inputs = (0..self.config.variables.len())
            .map(|i| {
                let value = self.var(i).unwrap_or_else(|_| Value::unknown());
                (self.config.variables[i].name.clone(), value)
            })
            .collect();
        let providers = self
            .config
            .providers
            .iter()
            .map(|p| crate::model::ProviderConfig {
                name: p.rtype.clone(),
                alias: (!p.name.is_empty()).then(|| p.name.clone()),
                loc: Some(p.loc),
                body: self.eval_body(&p.body, &Scope::Empty, p, None),
            })
            .collect();
        modules.push(ModuleInstance {
            root: self.s.root_name.clone(),
            path: (*self.path).clone(),
            dir: crate::base::path::display(&self.config.dir),
            inputs,
            providers,
        });
        for (i, r) in self.config.resources.iter().enumerate() {
            if self.resource(i).is_err() {
                continue;
            }
            // `settle` has evaluated every reference, so nothing reads the instance bodies
            // after this: they move into the workspace instead of being copied.
            let Some(eval) = self.resources.borrow_mut().remove(&i) else {
                continue;
            };
            let bodies =
                Rc::try_unwrap(eval).map_or_else(|rc| rc.instances.clone(), |e| e.instances);
            for (key, body) in bodies {
                let mut stats = self.s.stats.borrow_mut();
                for attr in body.attrs.values() {
                    let (k, u) = attr.value.count_leaves();
                    stats.known_values += k;
                    stats.unknown_values += u;
                }
                drop(stats);
                instances.push(Instance {
                    root: self.s.root_name.clone(),
                    address: self.resource_address(r, &key),
                    mode: r.mode,
                    rtype: r.rtype.clone(),
                    name: r.name.clone(),
                    key,
                    module: self.path.clone(),
                    loc: Some(r.loc),
                    body,
                    origin: Origin::Config,
                });
            }
        }
        for i in 0..self.config.calls.len() {
            let Ok(call) = self.call(i) else {
                continue;
            };
            for (_, child) in &call.instances {
                child.collect(instances, modules);
            }
        }
    }
}

/// What `count`/`each` are bound to for one instance.
#[derive(Clone)]
enum Binding {
    None,
    Count(Value),
    Each(Value),
}

impl Binding {
    fn with_scope<T>(&self, f: &dyn Fn(&Scope) -> T) -> T {
        match self {
            Binding::None => f(&Scope::Empty),
            Binding::Count(index) => {
                let count = Value::object(Map::from([("index".to_string(), index.clone())]));
                f(&Scope::Empty.bind("count", &count))
            }
            Binding::Each(each) => f(&Scope::Empty.bind("each", each)),
        }
    }
}

fn each_value(key: Value, value: Value) -> Value {
    Value::object(Map::from([
        ("key".to_string(), key),
        ("value".to_string(), value),
    ]))
}

/// `path.module` as Terraform gives it: the module directory relative to the root module.
fn relative_dir(root: &Path, dir: &Path) -> String {
    // `.` components carry nothing: a scan of `.` has the root module at `.` and its child
    // modules at `mod`, which is `mod` from the root, not `../mod`.
    fn parts(p: &Path) -> Vec<std::path::Component<'_>> {
        p.components()
            .filter(|c| !matches!(c, std::path::Component::CurDir))
            .collect()
    }
    let (root_parts, dir_parts) = (parts(root), parts(dir));
    let common = root_parts
        .iter()
        .zip(&dir_parts)
        .take_while(|(a, b)| a == b)
        .count();
    let mut out: Vec<String> = vec!["..".to_string(); root_parts.len() - common];
    out.extend(
        dir_parts[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    if out.is_empty() {
        ".".to_string()
    } else {
        out.join("/")
    }
}

impl Resolver for ModuleInst<'_> {
    fn resolve(
        &self,
        root: &str,
        ops: &[Operator],
        span: Span,
    ) -> Result<(Value, usize), EvalError> {
        let attr = |i: usize| match ops.get(i) {
            Some(Operator::GetAttr(name)) => Some(&**name),
            _ => None,
        };
        match root {
            "var" => {
                let name = attr(0).ok_or_else(|| {
                    EvalError::invalid("`var` must be followed by a variable name", span)
                })?;
                match self.index.vars.get(name) {
                    Some(&i) => Ok((self.var(i)?, 1)),
                    None => Err(EvalError::invalid(
                        format!("no variable \"{name}\" is declared in this module"),
                        span,
                    )),
                }
            }
            "local" => {
                let name = attr(0).ok_or_else(|| {
                    EvalError::invalid("`local` must be followed by a name", span)
                })?;
                match self.index.locals.get(name) {
                    Some(&i) => Ok((self.local(i)?, 1)),
                    None => Err(EvalError::invalid(
                        format!("no local value \"{name}\" is defined in this module"),
                        span,
                    )),
                }
            }
            "module" => {
                let name = attr(0).ok_or_else(|| {
                    EvalError::invalid("`module` must be followed by a module name", span)
                })?;
                let Some(&i) = self.index.calls.get(name) else {
                    return Err(EvalError::invalid(
                        format!("no module call \"{name}\" in this module"),
                        span,
                    ));
                };
                let call = self.call(i)?;
                // `module.m.out` on a single instance reads just that output, so the
                // module's other inputs need not be known (or acyclic) yet.
                if let (Some(Keyed::Single), Some(out), Some((_, child))) =
                    (call.keyed, attr(1), call.instances.first())
                {
                    return match child.index.outputs.get(out) {
                        Some(&o) => Ok((child.output(o)?, 2)),
                        None => Err(EvalError::invalid(
                            format!("module \"{name}\" has no output \"{out}\""),
                            span,
                        )),
                    };
                }
                Ok((call.value(), 1))
            }
            // `resource.TYPE.NAME` is Terraform's explicit form of `TYPE.NAME`.
            "data" | "resource" => {
                let (Some(rtype), Some(name)) = (attr(0), attr(1)) else {
                    return Err(EvalError::invalid(
                        format!("`{root}` must be followed by a type and a name"),
                        span,
                    ));
                };
                let mode = if root == "data" {
                    Mode::Data
                } else {
                    Mode::Managed
                };
                Ok((self.named_resource(mode, rtype, name, span)?, 2))
            }
            "ephemeral" => {
                let (Some(rtype), Some(name)) = (attr(0), attr(1)) else {
                    return Err(EvalError::invalid(
                        "`ephemeral` must be followed by a type and a name",
                        span,
                    ));
                };
                let declared = self.s.loaded.modules[self.module]
                    .ephemeral
                    .iter()
                    .find(|(t, n, _)| t == rtype && n == name);
                let Some(&(_, _, expanded)) = declared else {
                    return Err(EvalError::invalid(
                        format!("no ephemeral resource ephemeral.{rtype}.{name} in this module"),
                        span,
                    ));
                };
                // With count or for_each, even its instances are not read here.
                if expanded {
                    return Ok((Value::unknown(), 2));
                }
                // Opened while Terraform runs and never stored: every attribute is unknown,
                // and says where it comes from.
                let value = Value::Object(std::sync::Arc::new(crate::model::value::Object {
                    fields: Default::default(),
                    origin: Some(format!("ephemeral.{rtype}.{name}").into()),
                }));
                Ok((value, 2))
            }
            "path" => match attr(0) {
                Some("module") => Ok((Value::String(self.path_module.clone()), 1)),
                Some("root") => Ok((Value::string("."), 1)),
                // Terraform runs in the root module's directory and makes this absolute.
                Some("cwd") => Ok((Value::String(self.s.cwd()), 1)),
                _ => Err(EvalError::invalid(
                    "`path` has the attributes module, root and cwd",
                    span,
                )),
            },
            "terraform" => match attr(0) {
                Some("workspace") => Ok((Value::string("default"), 1)),
                _ => Ok((Value::unknown(), ops.len().min(1))),
            },
            "count" | "each" | "self" => Err(EvalError::invalid(
                format!("`{root}` cannot be used here"),
                span,
            )),
            rtype => {
                let name = attr(0)
                    .ok_or_else(|| EvalError::invalid(format!("unknown name `{rtype}`"), span))?;
                Ok((self.named_resource(Mode::Managed, rtype, name, span)?, 1))
            }
        }
    }

    fn fn_ctx(&self) -> FnCtx<'_> {
        FnCtx {
            dirs: &self.s.root_dirs,
            files: Some(self.s.files),
        }
    }

    fn tick(&self) -> Result<(), EvalError> {
        self.s.budget.steps(1).map_err(|_| EvalError::Limit)
    }

    fn budget(&self) -> Option<&Budget> {
        Some(&self.s.budget)
    }

    fn unsupported(&self, name: &str, span: Span) {
        let _ = (name, span);
    }
}

/// Records the text of every known scalar in `value` as sensitive.
pub fn add_secrets(value: &Value, secrets: &mut Secrets) {
    match value {
        Value::String(s) => secrets.add(s),
        Value::Number(n) => secrets.add(&Value::Number(*n).to_string()),
        Value::List(items) | Value::Set(items) => {
            for v in items.iter() {
                add_secrets(v, secrets);
            }
        }
        Value::Object(o) => {
            for v in o.fields.values() {
                add_secrets(v, secrets);
            }
        }
        Value::Null | Value::Bool(_) | Value::Unknown(_) => {}
    }
}
