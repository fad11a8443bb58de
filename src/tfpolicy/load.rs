//! Reading `.policy.hcl` files into [`PolicyFile`]s: every block, argument and reference of
//! the documented language is checked here, before anything is evaluated, so a construct
//! tfgate does not support is an error naming it, the file and the line (never skipped).

use std::path::{Path, PathBuf};

use crate::base::span::Span;
use crate::eval::types::Type;
use crate::load::syntax::{Block, Body, Expr, ExprKind, ObjectKey, Operator, TemplatePart};
use crate::model::value::Value;

use super::{Enforce, InputDecl, Kind, Level, Policy, PolicyError, PolicyFile};

/// Functions tfgate adds for policy files (called as `core::NAME`).
pub const POLICY_FUNCTIONS: &[&str] = &["getresources", "getdatasource", "semverconstraint"];

/// Operations a resource policy may name.
pub const OPERATIONS: &[&str] = &["create", "update", "delete", "no-op"];

/// The `*.policy.hcl` files under `dir` (recursively, sorted by path; hidden directories
/// skipped). A file given directly is read as it is.
pub fn policy_paths(dir: &Path, suffix: &str) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    if dir.is_file() {
        out.push(dir.to_path_buf());
        return Ok(out);
    }
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = std::fs::read_dir(&d)
            .map_err(|e| format!("cannot read the policy directory {}: {e}", d.display()))?;
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().to_string();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() && !name.starts_with('.') {
                stack.push(path);
            } else if kind.is_file() && name.ends_with(suffix) {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Reads and checks one policy file.
pub fn read_policy_file(path: &Path) -> Result<PolicyFile, PolicyError> {
    let display = crate::base::path::display(path);
    let text = crate::base::read::read_text(path, crate::base::read::DEFAULT_MAX_FILE_SIZE)
        .map_err(|e| {
            PolicyError::new(&display, None, format!("cannot read the policy file: {e}"))
        })?;
    parse_policy_text(&display, text)
}

/// Parses and checks the text of a policy file shown as `display`.
pub fn parse_policy_text(display: &str, text: String) -> Result<PolicyFile, PolicyError> {
    let body = crate::load::hcl::parse_body(&text)
        .map_err(|e| PolicyError::new(display, Some(e.line), e.message))?;
    let file_name = display.rsplit('/').next().unwrap_or(display);
    let stem = file_name
        .strip_suffix(".policy.hcl")
        .unwrap_or(file_name)
        .to_string();
    let sha256 = {
        use sha2::Digest;
        crate::base::hex::encode(&sha2::Sha256::digest(text.as_bytes()))
    };
    let mut file = PolicyFile {
        display: display.to_string(),
        stem,
        sha256,
        required_version: None,
        inputs: Vec::new(),
        locals: Vec::new(),
        policies: Vec::new(),
        text,
    };
    let cx = Cx {
        display,
        text: &file.text,
    };
    if let Some(a) = body.attributes.first() {
        return Err(cx.err(a.span, format!("argument `{}` is not allowed at the top level of a policy file (blocks only: policy, input, locals, resource_policy, module_policy, provider_policy)", a.name)));
    }
    for block in &body.blocks {
        match block.kind.as_str() {
            "policy" => file.required_version = cx.policy_block(block)?,
            "input" => file.inputs.push(cx.input(block)?),
            "locals" => {
                cx.labels(block, 0, "locals")?;
                cx.no_blocks(&block.body, "locals")?;
                file.locals.extend(block.body.attributes.iter().cloned());
            }
            "resource_policy" | "module_policy" | "provider_policy" => {
                file.policies.push(cx.policy(block)?);
            }
            other => {
                return Err(cx.err(
                    block.span,
                    format!("block `{other}` is not part of the Terraform policy language tfgate supports (policy, input, locals, resource_policy, module_policy, provider_policy)"),
                ));
            }
        }
    }
    // Names: unique inputs, locals and policy labels; policy locals may not shadow file ones.
    let mut seen = std::collections::BTreeSet::new();
    for i in &file.inputs {
        if !seen.insert(i.name.clone()) {
            return Err(cx.err(i.span, format!("input `{}` is declared twice", i.name)));
        }
    }
    let mut locals = std::collections::BTreeSet::new();
    for l in &file.locals {
        if !locals.insert(l.name.clone()) {
            return Err(cx.err(l.span, format!("local `{}` is defined twice", l.name)));
        }
    }
    let mut labels = std::collections::BTreeSet::new();
    for p in &file.policies {
        if !labels.insert(p.label.clone()) {
            return Err(cx.err(
                p.span,
                format!("policy label `{}` is used twice in this file", p.label),
            ));
        }
        let mut own = std::collections::BTreeSet::new();
        for l in &p.locals {
            if locals.contains(&l.name) {
                return Err(cx.err(
                    l.span,
                    format!(
                        "local `{}` of policy `{}` has the name of a top-level local",
                        l.name, p.label
                    ),
                ));
            }
            if !own.insert(l.name.clone()) {
                return Err(cx.err(l.span, format!("local `{}` is defined twice", l.name)));
            }
        }
    }
    // References: every expression names only what the language offers there.
    let inputs: Vec<&str> = file.inputs.iter().map(|i| i.name.as_str()).collect();
    let file_locals: Vec<&str> = file.locals.iter().map(|l| l.name.as_str()).collect();
    for l in &file.locals {
        let refs = Refs {
            inputs: &inputs,
            locals: &file_locals,
            subject: None,
        };
        cx.check_expr(&l.expr, &refs, &mut Vec::new())?;
    }
    for p in &file.policies {
        let mut all: Vec<&str> = file_locals.clone();
        all.extend(p.locals.iter().map(|l| l.name.as_str()));
        let refs = Refs {
            inputs: &inputs,
            locals: &all,
            subject: Some(p.kind),
        };
        let exprs =
            p.locals
                .iter()
                .map(|l| &l.expr)
                .chain(&p.filter)
                .chain(p.enforce.iter().flat_map(|e| {
                    std::iter::once(&e.condition)
                        .chain(&e.error_message)
                        .chain(&e.info_message)
                }));
        for e in exprs {
            cx.check_expr(e, &refs, &mut Vec::new())?;
        }
    }
    Ok(file)
}

/// What a policy's expressions may refer to.
struct Refs<'a> {
    inputs: &'a [&'a str],
    locals: &'a [&'a str],
    /// The kind of policy, or `None` at the top level (no `attrs`/`meta` there).
    subject: Option<Kind>,
}

struct Cx<'a> {
    display: &'a str,
    text: &'a str,
}

impl Cx<'_> {
    fn err(&self, span: Span, message: impl Into<String>) -> PolicyError {
        let at = (span.start as usize).min(self.text.len());
        let line = self.text[..at].matches('\n').count() + 1;
        PolicyError::new(self.display, Some(line), message.into())
    }

    fn line(&self, span: Span) -> usize {
        let at = (span.start as usize).min(self.text.len());
        self.text[..at].matches('\n').count() + 1
    }

    fn labels(&self, block: &Block, n: usize, what: &str) -> Result<(), PolicyError> {
        if block.labels.len() == n {
            return Ok(());
        }
        Err(self.err(
            block.span,
            format!("`{what}` takes {n} label(s), got {}", block.labels.len()),
        ))
    }

    fn no_blocks(&self, body: &Body, what: &str) -> Result<(), PolicyError> {
        match body.blocks.first() {
            Some(b) => Err(self.err(
                b.span,
                format!("block `{}` is not allowed in `{what}`", b.kind),
            )),
            None => Ok(()),
        }
    }

    fn only_attrs(&self, body: &Body, allowed: &[&str], what: &str) -> Result<(), PolicyError> {
        for a in &body.attributes {
            if !allowed.contains(&a.name.as_str()) {
                return Err(self.err(
                    a.span,
                    format!(
                        "argument `{}` is not supported in `{what}` (expected one of: {})",
                        a.name,
                        allowed.join(", ")
                    ),
                ));
            }
        }
        Ok(())
    }

    fn constant(&self, e: &Expr, what: &str) -> Result<Value, PolicyError> {
        crate::eval::expr::eval_constant(e)
            .map_err(|_| self.err(e.span, format!("`{what}` must be a constant value")))
    }

    fn literal_string(&self, e: &Expr, what: &str) -> Result<String, PolicyError> {
        match self.constant(e, what)? {
            Value::String(s) => Ok(s.to_string()),
            other => Err(self.err(
                e.span,
                format!("`{what}` must be a string, got {}", other.type_name()),
            )),
        }
    }

    /// `policy { terraform_config { required_version } }`; `plugins` are refused.
    fn policy_block(&self, block: &Block) -> Result<Option<String>, PolicyError> {
        self.labels(block, 0, "policy")?;
        self.only_attrs(&block.body, &[], "policy")?;
        let mut version = None;
        for b in &block.body.blocks {
            match b.kind.as_str() {
                "terraform_config" => {
                    self.only_attrs(&b.body, &["required_version"], "terraform_config")?;
                    self.no_blocks(&b.body, "terraform_config")?;
                    if let Some(a) = b.body.attribute("required_version") {
                        version = Some(self.literal_string(&a.expr, "required_version")?);
                    }
                }
                "plugins" => {
                    return Err(self.err(
                        b.span,
                        "policy plugins are compiled programs, which tfgate never runs: remove `plugins` (or keep that policy file for tfpolicy only)",
                    ));
                }
                other => {
                    return Err(self.err(
                        b.span,
                        format!("block `{other}` is not supported in `policy`"),
                    ));
                }
            }
        }
        Ok(version)
    }

    fn input(&self, block: &Block) -> Result<InputDecl, PolicyError> {
        self.labels(block, 1, "input")?;
        self.no_blocks(&block.body, "input")?;
        self.only_attrs(
            &block.body,
            &["type", "default", "description", "nullable", "sensitive"],
            "input",
        )?;
        let name = block.labels[0].clone();
        let Some(type_attr) = block.body.attribute("type") else {
            return Err(self.err(block.span, format!("input `{name}` needs a `type`")));
        };
        let ty = Type::parse(&type_attr.expr, &|e| {
            crate::eval::expr::eval_constant(e).unwrap_or(Value::Null)
        })
        .map_err(|m| self.err(type_attr.span, format!("input `{name}`: {m}")))?;
        let flag = |key: &str, default: bool| -> Result<bool, PolicyError> {
            match block.body.attribute(key) {
                None => Ok(default),
                Some(a) => match self.constant(&a.expr, key)? {
                    Value::Bool(b) => Ok(b),
                    other => Err(self.err(
                        a.span,
                        format!("`{key}` must be true or false, got {}", other.type_name()),
                    )),
                },
            }
        };
        let nullable = flag("nullable", true)?;
        let sensitive = flag("sensitive", false)?;
        let default = match block.body.attribute("default") {
            None => None,
            Some(a) => {
                let v = self.constant(&a.expr, "default")?;
                let v = ty
                    .convert(v)
                    .map_err(|m| self.err(a.span, format!("default of input `{name}`: {m}")))?;
                Some(v)
            }
        };
        let description = match block.body.attribute("description") {
            Some(a) => Some(self.literal_string(&a.expr, "description")?),
            None => None,
        };
        Ok(InputDecl {
            name,
            ty,
            default,
            nullable,
            sensitive,
            description,
            span: block.span,
        })
    }

    fn policy(&self, block: &Block) -> Result<Policy, PolicyError> {
        let kind = match block.kind.as_str() {
            "resource_policy" => Kind::Resource,
            "module_policy" => Kind::Module,
            _ => Kind::Provider,
        };
        self.labels(block, 2, &block.kind)?;
        let allowed: &[&str] = match kind {
            Kind::Resource => &["filter", "enforcement_level", "operations"],
            Kind::Module | Kind::Provider => &["filter", "enforcement_level"],
        };
        self.only_attrs(&block.body, allowed, &block.kind)?;
        let (target, label) = (block.labels[0].clone(), block.labels[1].clone());
        if label.is_empty()
            || !label
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            return Err(self.err(
                block.span,
                format!("policy label `{label}` must be letters, digits, `_` or `-`"),
            ));
        }
        let level = match block.body.attribute("enforcement_level") {
            None => Level::Mandatory,
            Some(a) => {
                match self.literal_string(&a.expr, "enforcement_level")?.as_str() {
                    "mandatory" => Level::Mandatory,
                    "advisory" => Level::Advisory,
                    other => {
                        return Err(self.err(a.span, format!("enforcement_level `{other}` is not supported (advisory or mandatory)")));
                    }
                }
            }
        };
        let operations = match block.body.attribute("operations") {
            None => None,
            Some(a) => {
                let v = self.constant(&a.expr, "operations")?;
                let items = v
                    .as_seq()
                    .ok_or_else(|| self.err(a.span, "`operations` must be a list of strings"))?;
                let mut ops = Vec::new();
                for item in items {
                    match item.as_str() {
                        Some(op) if OPERATIONS.contains(&op) => ops.push(op.to_string()),
                        _ => {
                            return Err(self.err(
                                a.span,
                                format!("`operations` takes {}; got {item}", OPERATIONS.join(", ")),
                            ));
                        }
                    }
                }
                Some(ops)
            }
        };
        let mut locals = Vec::new();
        let mut enforce = Vec::new();
        for b in &block.body.blocks {
            match b.kind.as_str() {
                "locals" => {
                    self.labels(b, 0, "locals")?;
                    self.no_blocks(&b.body, "locals")?;
                    locals.extend(b.body.attributes.iter().cloned());
                }
                "enforce" => {
                    self.labels(b, 0, "enforce")?;
                    self.no_blocks(&b.body, "enforce")?;
                    self.only_attrs(
                        &b.body,
                        &["condition", "error_message", "info_message"],
                        "enforce",
                    )?;
                    let Some(condition) = b.body.attribute("condition") else {
                        return Err(self.err(b.span, "`enforce` needs a `condition`"));
                    };
                    let error_message = b.body.attribute("error_message").map(|a| a.expr.clone());
                    let info_message = b.body.attribute("info_message").map(|a| a.expr.clone());
                    let mut message_inputs: Vec<String> = error_message
                        .iter()
                        .chain(&info_message)
                        .flat_map(inputs_read)
                        .collect();
                    message_inputs.sort();
                    message_inputs.dedup();
                    enforce.push(Enforce {
                        condition: condition.expr.clone(),
                        error_message,
                        info_message,
                        line: self.line(condition.span),
                        path: String::new(),
                        message_inputs,
                    });
                }
                other => {
                    return Err(self.err(
                        b.span,
                        format!(
                            "block `{other}` is not supported in `{}` (locals, enforce)",
                            block.kind
                        ),
                    ));
                }
            }
        }
        for e in &mut enforce {
            e.path = condition_path(&e.condition, &locals);
        }
        if enforce.is_empty() {
            return Err(self.err(
                block.span,
                format!("policy `{label}` has no `enforce` block"),
            ));
        }
        Ok(Policy {
            kind,
            target,
            label,
            level,
            operations,
            filter: block.body.attribute("filter").map(|a| a.expr.clone()),
            locals,
            enforce,
            line: self.line(block.span),
            span: block.span,
        })
    }

    /// Checks that an expression uses only what a policy file may: `core::` functions tfgate
    /// has, declared inputs and locals, and `attrs`/`meta`/`prior_attrs` inside a policy.
    fn check_expr(
        &self,
        e: &Expr,
        refs: &Refs,
        bound: &mut Vec<String>,
    ) -> Result<(), PolicyError> {
        match &e.kind {
            ExprKind::Null | ExprKind::Bool(_) | ExprKind::Number(_) | ExprKind::String(_) => {
                Ok(())
            }
            ExprKind::Tuple(items) => items
                .iter()
                .try_for_each(|i| self.check_expr(i, refs, bound)),
            ExprKind::Object(items) => items.iter().try_for_each(|(k, v)| {
                if let ObjectKey::Expr(k) = k {
                    self.check_expr(k, refs, bound)?;
                }
                self.check_expr(v, refs, bound)
            }),
            ExprKind::Template(parts) => self.check_parts(parts, refs, bound),
            ExprKind::Variable(name) => self.check_root(name, None, e.span, refs, bound),
            ExprKind::Traversal(root, ops) => {
                match &root.kind {
                    ExprKind::Variable(name) => {
                        let first = match ops.first() {
                            Some(Operator::GetAttr(a)) => Some(&**a),
                            _ => None,
                        };
                        self.check_root(name, first, e.span, refs, bound)?;
                    }
                    _ => self.check_expr(root, refs, bound)?,
                }
                ops.iter().try_for_each(|op| match op {
                    Operator::Index(i) => self.check_expr(i, refs, bound),
                    _ => Ok(()),
                })
            }
            ExprKind::Call(call) => {
                let Some(name) = call.name.strip_prefix("core::") else {
                    return Err(self.err(e.span, format!("function `{}`: functions in policy files take the `core::` prefix (`core::{}`)", call.name, call.name)));
                };
                let known = crate::eval::functions::names().contains(&name)
                    || matches!(name, "try" | "can")
                    || POLICY_FUNCTIONS.contains(&name);
                if !known || name == "templatefile" {
                    return Err(self.err(
                        e.span,
                        format!("function `core::{name}` is not supported by tfgate"),
                    ));
                }
                call.args
                    .iter()
                    .try_for_each(|a| self.check_expr(a, refs, bound))
            }
            ExprKind::Conditional(c) => {
                self.check_expr(&c.0, refs, bound)?;
                self.check_expr(&c.1, refs, bound)?;
                self.check_expr(&c.2, refs, bound)
            }
            ExprKind::Unary(_, inner) | ExprKind::Parenthesis(inner) => {
                self.check_expr(inner, refs, bound)
            }
            ExprKind::Binary(_, sides) => {
                self.check_expr(&sides.0, refs, bound)?;
                self.check_expr(&sides.1, refs, bound)
            }
            ExprKind::For(f) => {
                self.check_expr(&f.collection, refs, bound)?;
                let before = bound.len();
                bound.extend(f.key_var.iter().map(|k| k.to_string()));
                bound.push(f.value_var.to_string());
                let result = (|| {
                    if let Some(k) = &f.key_expr {
                        self.check_expr(k, refs, bound)?;
                    }
                    self.check_expr(&f.value_expr, refs, bound)?;
                    if let Some(c) = &f.cond {
                        self.check_expr(c, refs, bound)?;
                    }
                    Ok(())
                })();
                bound.truncate(before);
                result
            }
        }
    }

    fn check_parts(
        &self,
        parts: &[TemplatePart],
        refs: &Refs,
        bound: &mut Vec<String>,
    ) -> Result<(), PolicyError> {
        for p in parts {
            match p {
                TemplatePart::Literal(_) => {}
                TemplatePart::Interpolation(e) => self.check_expr(e, refs, bound)?,
                TemplatePart::If {
                    cond,
                    then,
                    otherwise,
                } => {
                    self.check_expr(cond, refs, bound)?;
                    self.check_parts(then, refs, bound)?;
                    self.check_parts(otherwise, refs, bound)?;
                }
                TemplatePart::For {
                    key_var,
                    value_var,
                    collection,
                    body,
                } => {
                    self.check_expr(collection, refs, bound)?;
                    let before = bound.len();
                    bound.extend(key_var.iter().map(|k| k.to_string()));
                    bound.push(value_var.to_string());
                    let r = self.check_parts(body, refs, bound);
                    bound.truncate(before);
                    r?;
                }
            }
        }
        Ok(())
    }

    fn check_root(
        &self,
        name: &str,
        first: Option<&str>,
        span: Span,
        refs: &Refs,
        bound: &[String],
    ) -> Result<(), PolicyError> {
        if bound.iter().any(|b| b == name) {
            return Ok(());
        }
        match (name, refs.subject) {
            ("input", _) => match first {
                Some(i) if refs.inputs.contains(&i) => Ok(()),
                Some(i) => Err(self.err(span, format!("`input.{i}` is not declared in this file (add an `input \"{i}\"` block)"))),
                None => Err(self.err(span, "`input` must be followed by an input name")),
            },
            ("local", _) => match first {
                Some(l) if refs.locals.contains(&l) => Ok(()),
                Some(l) => Err(self.err(span, format!("`local.{l}` is not defined here"))),
                None => Err(self.err(span, "`local` must be followed by a local name")),
            },
            ("attrs" | "meta", Some(_)) => Ok(()),
            ("prior_attrs", Some(Kind::Resource)) => Ok(()),
            ("prior_attrs", Some(_)) => Err(self.err(span, "`prior_attrs` exists only in resource policies")),
            ("attrs" | "meta" | "prior_attrs", None) => Err(self.err(
                span,
                format!("`{name}` is available only inside a policy block, not in top-level locals"),
            )),
            _ => Err(self.err(
                span,
                format!("`{name}` cannot be referenced in a policy file (attrs, meta, prior_attrs, input, local)"),
            )),
        }
    }
}

/// The attribute names a condition reads from `attrs` (`attrs.tags.owner` reads `tags`).
pub fn attrs_read(e: &Expr, out: &mut Vec<String>) {
    let mut visit = |x: &Expr| attrs_read(x, out);
    match &e.kind {
        ExprKind::Traversal(root, ops) => {
            if let (ExprKind::Variable(n), Some(Operator::GetAttr(a))) = (&root.kind, ops.first())
                && &**n == "attrs"
            {
                out.push(a.to_string());
            } else {
                visit(root);
            }
            for op in ops {
                if let Operator::Index(i) = op {
                    attrs_read(i, out);
                }
            }
        }
        ExprKind::Variable(n) if &**n == "attrs" => out.push(String::new()),
        ExprKind::Tuple(items) => items.iter().for_each(|i| attrs_read(i, out)),
        ExprKind::Object(items) => items.iter().for_each(|(k, v)| {
            if let ObjectKey::Expr(k) = k {
                attrs_read(k, out);
            }
            attrs_read(v, out);
        }),
        ExprKind::Template(parts) => parts_read(parts, out),
        ExprKind::Call(c) => c.args.iter().for_each(|a| attrs_read(a, out)),
        ExprKind::Conditional(c) => {
            attrs_read(&c.0, out);
            attrs_read(&c.1, out);
            attrs_read(&c.2, out);
        }
        ExprKind::Unary(_, i) | ExprKind::Parenthesis(i) => attrs_read(i, out),
        ExprKind::Binary(_, s) => {
            attrs_read(&s.0, out);
            attrs_read(&s.1, out);
        }
        ExprKind::For(f) => {
            attrs_read(&f.collection, out);
            attrs_read(&f.value_expr, out);
            if let Some(k) = &f.key_expr {
                attrs_read(k, out);
            }
            if let Some(c) = &f.cond {
                attrs_read(c, out);
            }
        }
        ExprKind::Null
        | ExprKind::Bool(_)
        | ExprKind::Number(_)
        | ExprKind::String(_)
        | ExprKind::Variable(_) => {}
    }
}

fn parts_read(parts: &[TemplatePart], out: &mut Vec<String>) {
    for p in parts {
        match p {
            TemplatePart::Literal(_) => {}
            TemplatePart::Interpolation(e) => attrs_read(e, out),
            TemplatePart::If {
                cond,
                then,
                otherwise,
            } => {
                attrs_read(cond, out);
                parts_read(then, out);
                parts_read(otherwise, out);
            }
            TemplatePart::For {
                collection, body, ..
            } => {
                attrs_read(collection, out);
                parts_read(body, out);
            }
        }
    }
}

/// True when `name` appears anywhere in the expression as a variable (a reference's root, a
/// bound `for` variable, inside templates, object keys and calls): a conservative answer to
/// "may this expression read `name`?".
pub fn mentions(e: &Expr, name: &str) -> bool {
    let m = |x: &Expr| mentions(x, name);
    match &e.kind {
        ExprKind::Variable(n) => &**n == name,
        ExprKind::Traversal(root, ops) => {
            m(root)
                || ops.iter().any(|op| match op {
                    Operator::Index(i) => m(i),
                    _ => false,
                })
        }
        ExprKind::Tuple(items) => items.iter().any(m),
        ExprKind::Object(items) => items.iter().any(|(k, v)| {
            (match k {
                ObjectKey::Expr(k) => m(k),
                ObjectKey::Ident(_) => false,
            }) || m(v)
        }),
        ExprKind::Template(parts) => parts_mention(parts, name),
        ExprKind::Call(c) => c.args.iter().any(m),
        ExprKind::Conditional(c) => m(&c.0) || m(&c.1) || m(&c.2),
        ExprKind::Unary(_, i) | ExprKind::Parenthesis(i) => m(i),
        ExprKind::Binary(_, s) => m(&s.0) || m(&s.1),
        ExprKind::For(f) => {
            &*f.value_var == name
                || f.key_var.as_deref() == Some(name)
                || m(&f.collection)
                || m(&f.value_expr)
                || f.key_expr.as_ref().is_some_and(|k| m(k))
                || f.cond.as_ref().is_some_and(|c| m(c))
        }
        ExprKind::Null | ExprKind::Bool(_) | ExprKind::Number(_) | ExprKind::String(_) => false,
    }
}

fn parts_mention(parts: &[TemplatePart], name: &str) -> bool {
    parts.iter().any(|p| match p {
        TemplatePart::Literal(_) => false,
        TemplatePart::Interpolation(e) => mentions(e, name),
        TemplatePart::If {
            cond,
            then,
            otherwise,
        } => mentions(cond, name) || parts_mention(then, name) || parts_mention(otherwise, name),
        TemplatePart::For {
            collection, body, ..
        } => mentions(collection, name) || parts_mention(body, name),
    })
}

/// The `input.NAME`s an expression reads.
pub fn inputs_read(e: &Expr) -> Vec<String> {
    names_read(e, "input")
}

/// The names an expression reads under `wanted` (`local` gives the `local.NAME`s).
pub fn names_read(e: &Expr, wanted: &str) -> Vec<String> {
    fn walk(e: &Expr, wanted: &str, out: &mut Vec<String>) {
        match &e.kind {
            ExprKind::Traversal(root, ops) => {
                if let (ExprKind::Variable(n), Some(Operator::GetAttr(a))) =
                    (&root.kind, ops.first())
                    && &**n == wanted
                {
                    out.push(a.to_string());
                }
                walk(root, wanted, out);
                for op in ops {
                    if let Operator::Index(i) = op {
                        walk(i, wanted, out);
                    }
                }
            }
            ExprKind::Tuple(items) => items.iter().for_each(|i| walk(i, wanted, out)),
            ExprKind::Object(items) => items.iter().for_each(|(_, v)| walk(v, wanted, out)),
            ExprKind::Template(parts) => {
                for p in parts {
                    if let TemplatePart::Interpolation(e) = p {
                        walk(e, wanted, out);
                    }
                }
            }
            ExprKind::Call(c) => c.args.iter().for_each(|a| walk(a, wanted, out)),
            ExprKind::Conditional(c) => {
                walk(&c.0, wanted, out);
                walk(&c.1, wanted, out);
                walk(&c.2, wanted, out);
            }
            ExprKind::Unary(_, i) | ExprKind::Parenthesis(i) => walk(i, wanted, out),
            ExprKind::Binary(_, s) => {
                walk(&s.0, wanted, out);
                walk(&s.1, wanted, out);
            }
            ExprKind::For(f) => {
                walk(&f.collection, wanted, out);
                walk(&f.value_expr, wanted, out);
                if let Some(k) = &f.key_expr {
                    walk(k, wanted, out);
                }
                if let Some(c) = &f.cond {
                    walk(c, wanted, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(e, wanted, &mut out);
    out
}

/// The one attribute of `attrs` a condition reads, directly or through the policy's own
/// locals; empty when it reads several or none.
pub fn condition_path(condition: &Expr, locals: &[crate::load::syntax::Attribute]) -> String {
    let mut read = Vec::new();
    attrs_read(condition, &mut read);
    let mut queue = names_read(condition, "local");
    let mut seen: Vec<String> = Vec::new();
    while let Some(name) = queue.pop() {
        if seen.contains(&name) {
            continue;
        }
        if let Some(l) = locals.iter().find(|l| l.name == name) {
            attrs_read(&l.expr, &mut read);
            queue.extend(names_read(&l.expr, "local"));
        }
        seen.push(name);
    }
    read.sort();
    read.dedup();
    match read.as_slice() {
        [one] if !one.is_empty() => one.clone(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::parse_policy_text;

    fn error_of(text: &str) -> (Option<usize>, String) {
        match parse_policy_text("t.policy.hcl", text.to_string()) {
            Ok(_) => (None, "loaded".into()),
            Err(e) => (e.line, e.message),
        }
    }

    const OK: &str = "enforce {\n  condition = true\n}\n";

    /// `mentions` decides whether subjects need their `meta`: it must see every place a
    /// variable can stand, and may over-report (never under-report).
    #[test]
    fn mentions_finds_a_variable_wherever_it_stands() {
        let yes = [
            "meta.address",
            "core::try(meta.version, null)",
            "[for k, v in attrs.tags : meta.type]",
            "{ (meta.name) = 1 }",
            "\"a ${meta.name} b\"",
            "\"%{ if meta.name == \"x\" }y%{ endif }\"",
            "\"%{ for t in meta.tags }${t}%{ endfor }\"",
            "attrs.tags[meta.name]",
            "!(meta.x) ? 1 : 2",
            "[for meta in attrs.list : 1]",
        ];
        for text in yes {
            let e = crate::load::hcl::parse_expr(text).expect(text);
            assert!(super::mentions(&e, "meta"), "{text}");
        }
        for text in ["attrs.meta", "\"meta\"", "{ meta = 1 }", "local.meta"] {
            let e = crate::load::hcl::parse_expr(text).expect(text);
            assert!(!super::mentions(&e, "meta"), "{text}");
        }
    }

    /// Each construct tfgate refuses, the line it names and a phrase of the message.
    #[test]
    fn refused_constructs_name_the_line() {
        let wrap = |inner: &str| format!("resource_policy \"aws_s3_bucket\" \"p\" {{\n{inner}}}\n");
        let cases: Vec<(String, usize, &str)> = vec![
            ("x = 1\n".into(), 1, "top level"),
            ("check \"c\" {}\n".into(), 1, "not part of the Terraform policy language"),
            ("policy {\n  plugins {}\n}\n".into(), 2, "never runs"),
            ("input \"i\" {\n  default = 1\n}\n".into(), 1, "needs a `type`"),
            ("input \"i\" {\n  type = string\n  validation = 1\n}\n".into(), 3, "not supported in `input`"),
            (wrap("  count = 2\n  enforce {\n    condition = true\n  }\n"), 2, "not supported in `resource_policy`"),
            (wrap(""), 1, "no `enforce` block"),
            (wrap("  enforce {\n    error_message = \"x\"\n  }\n"), 2, "needs a `condition`"),
            (wrap("  operations = [\"destroy\"]\n  enforce {\n    condition = true\n  }\n"), 2, "`operations` takes"),
            (wrap("  enforce {\n    condition = length(attrs.tags) > 0\n  }\n"), 3, "`core::length`"),
            (wrap("  enforce {\n    condition = core::frobnicate(1)\n  }\n"), 3, "not supported by tfgate"),
            (wrap("  enforce {\n    condition = var.x\n  }\n"), 3, "cannot be referenced"),
            (wrap("  enforce {\n    condition = local.nope\n  }\n"), 3, "`local.nope` is not defined"),
            ("locals {\n  a = attrs.x\n}\n".into(), 2, "only inside a policy block"),
            ("module_policy \"*\" \"m\" {\n  enforce {\n    condition = prior_attrs == null\n  }\n}\n".into(), 3, "only in resource policies"),
            (format!("locals {{\n  a = 1\n}}\n{}", wrap("  locals {\n    a = 2\n  }\n  enforce {\n    condition = true\n  }\n")), 6, "name of a top-level local"),
        ];
        for (text, line, says) in cases {
            let (got_line, message) = error_of(&text);
            assert_eq!(got_line, Some(line), "{text}: {message}");
            assert!(message.contains(says), "{text}: {message}");
        }
    }

    #[test]
    fn the_documented_forms_load() {
        let text = format!(
            "policy {{\n  terraform_config {{\n    required_version = \">= 1.5\"\n  }}\n}}\ninput \"n\" {{\n  type = number\n  default = 3\n  nullable = false\n  sensitive = true\n  description = \"d\"\n}}\nlocals {{\n  l = [for x in [1] : x + input.n]\n}}\nresource_policy \"aws_*\" \"a\" {{\n  operations = [\"create\", \"delete\"]\n  enforcement_level = \"advisory\"\n  filter = core::try(attrs.x, 0) > 0\n  {OK}}}\nmodule_policy \"*\" \"b\" {{\n  filter = meta.version != null\n  {OK}}}\nprovider_policy \"aws\" \"c\" {{\n  {OK}}}\n"
        );
        let file = parse_policy_text("x/pack.policy.hcl", text).expect("loads");
        assert_eq!(file.stem, "pack");
        assert_eq!(file.required_version.as_deref(), Some(">= 1.5"));
        assert_eq!(file.policies.len(), 3);
        assert!(file.inputs[0].sensitive && !file.inputs[0].nullable);
        assert_eq!(
            file.policies[0].operations.as_deref(),
            Some(&["create".to_string(), "delete".to_string()][..])
        );
    }
}
