//! tfgate: checks Terraform against a secure configuration baseline before it is deployed.
//!
//! The data flow of a run, and the function behind each step:
//!
//! 1. discover: [`load::discover::discover`] finds Terraform files and plan files;
//! 2. parse: [`load::load`] reads and parses them in parallel ([`load::hcl`],
//!    [`load::json_syntax`]) into tfgate's own syntax tree ([`load::syntax`]);
//! 3. module tree: [`load::module::ModuleConfig::build`] sorts each directory's blocks and
//!    merges override files; `load` resolves module calls and picks the root modules;
//! 4. evaluate: [`eval::evaluate`] evaluates every root module like `terraform plan`
//!    ([`eval::module`], [`eval::expr`], [`eval::functions`]) into resource instances
//!    ([`model::Workspace`]); plan files are read by [`load::plan::load_plan`] and
//!    located in the sources by [`attach_plan`];
//! 5. link and check: [`link::Links::build`] builds the bucket and security group views and
//!    [`rules::run`] runs the baseline ([`rules::RULES`]) into sorted [`finding::Finding`]s;
//! 6. report: [`report`] writes the result (`check`: diagnostics and summary; `inspect`:
//!    the instances as JSON);
//! 7. exit status: [`Status`]: 0 clean, 1 findings, 2 errors in the input.

pub mod cli;
pub mod diag;
pub mod eval;
pub mod finding;
pub mod fix;
pub mod link;
pub mod load;
pub mod model;
pub mod report;
pub mod rules;

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use anyhow::Context as _;

use cli::{Command, ScanArgs, VarArg};
use diag::Diagnostic;
use eval::{EvalOptions, VarInput};
use load::Loaded;
use load::discover::FileKind;
use load::source::SourceFile;
use model::{Instance, Workspace};

/// How a run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Nothing reached the failure threshold.
    Clean,
    /// Findings reached the failure threshold.
    Findings,
    /// The input had errors (unreadable or unparsable files, ...): fail closed.
    Error,
}

impl Status {
    pub fn code(self) -> u8 {
        match self {
            Status::Clean => 0,
            Status::Findings => 1,
            Status::Error => 2,
        }
    }
}

/// Everything a scan produced, for the reports.
pub struct Scan {
    pub loaded: Loaded,
    pub workspace: Workspace,
    pub diagnostics: Vec<Diagnostic>,
    /// Findings and per-rule statistics, once the rules ran.
    pub results: Option<rules::RuleResults>,
    /// Wall time per pipeline stage, in order (`--timings`).
    pub timings: Vec<(&'static str, std::time::Duration)>,
    /// The paths scanned, normalised: fixes never edit outside them.
    pub scanned: Vec<std::path::PathBuf>,
}

impl Scan {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Runs a parsed command line, writing the report to `out` (or to `--output`).
pub fn run(cli: cli::Cli, vars: Vec<VarArg>, out: &mut dyn Write) -> anyhow::Result<Status> {
    let env_vars = tf_var_env();
    match cli.command {
        Command::Check(args) => check_command(&args, &vars, env_vars, out),
        Command::Rules(args) => {
            report::rules::write_list(args.format, out)?;
            Ok(Status::Clean)
        }
        Command::Explain(args) => match rules::find(&args.rule) {
            Some((_, rule)) => {
                write!(out, "{}", rule.doc)?;
                Ok(Status::Clean)
            }
            None => anyhow::bail!(
                "no rule `{}`; `tfgate rules` lists ids and names (peer ids such as CKV_AWS_24 work too)",
                args.rule
            ),
        },
        Command::Inspect(args) => {
            let scan = scan(&args.scan, &vars, env_vars);
            with_output(args.output.as_deref(), out, |w| {
                report::inspect::write(&scan, w)
            })?;
            if scan.has_errors() {
                let mut err = std::io::stderr().lock();
                for d in scan.diagnostics.iter().filter(|d| d.is_error()) {
                    writeln!(err, "{}", d.render())?;
                }
                return Ok(Status::Error);
            }
            Ok(Status::Clean)
        }
    }
}

/// `tfgate check`: scan, check, fix when asked, write every report, and decide the status.
fn check_command(
    args: &cli::CheckArgs,
    vars: &[VarArg],
    env_vars: Vec<(String, String)>,
    out: &mut dyn Write,
) -> anyhow::Result<Status> {
    let fixing = args.fix || args.diff || args.unsafe_fixes;
    let (scan, fixed) = if fixing {
        let outcome = fix::session::fix_loop(args.unsafe_fixes, |overlay| {
            let mut scan = scan_with(
                &args.scan,
                vars,
                env_vars.clone(),
                Arc::new(overlay.clone()),
            );
            check(&mut scan);
            scan
        });
        (outcome.scan, Some((outcome.changed, outcome.applied)))
    } else {
        let mut scan = scan(&args.scan, vars, env_vars);
        check(&mut scan);
        (scan, None)
    };
    let status = status_of(&scan);
    let reporting = std::time::Instant::now();
    if let Some((changed, applied)) = &fixed {
        if args.diff {
            // Standard output carries the diff alone, so it can be piped to `git apply`.
            let mut buffered = std::io::BufWriter::new(&mut *out);
            fix::session::unified_diff(changed, &mut buffered)?;
            buffered.flush()?;
            let mut err = std::io::stderr().lock();
            writeln!(
                err,
                "{applied} finding(s) would be fixed in {} file(s); {} would remain.",
                changed.len(),
                scan.results.as_ref().map_or(0, |r| r.findings.len())
            )?;
            // Nothing was written: the tree on disk still has what the diff fixes.
            let pending = if changed.is_empty() {
                status
            } else {
                Status::Findings.max_with(status)
            };
            std::mem::forget(scan);
            return Ok(pending);
        }
        fix::session::write_files(changed).context("cannot write fixed files")?;
    }
    let color = match args.color {
        cli::ColorChoice::Always => true,
        cli::ColorChoice::Never => false,
        cli::ColorChoice::Auto => {
            use std::io::IsTerminal;
            args.output.is_none()
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let write_one = |format: cli::Format, color: bool, w: &mut dyn Write| -> std::io::Result<()> {
        if let (Some((changed, applied)), cli::Format::Text) = (&fixed, format) {
            writeln!(
                w,
                "Applied {applied} fix(es) in {} file(s); re-checked the fixed code.\n",
                changed.len()
            )?;
        }
        report::write(
            &scan,
            format,
            &report::Options {
                verbose: args.verbose,
                color,
            },
            w,
        )
    };
    with_output(args.output.as_deref(), out, |w| {
        write_one(args.format, color, w)
    })?;
    for (format, path) in &args.report {
        with_output(Some(path), out, |w| write_one(*format, false, w))?;
    }
    if args.scan.timings {
        print_timings(&scan, reporting.elapsed())?;
    }
    // The process ends next: freeing the workspace piece by piece would cost about a
    // twentieth of the scan for nothing.
    std::mem::forget(scan);
    Ok(status)
}

/// The exit status a scan earns.
pub fn status_of(scan: &Scan) -> Status {
    let has_findings = scan
        .results
        .as_ref()
        .is_some_and(|r| !r.findings.is_empty());
    if scan.has_errors() {
        Status::Error
    } else if has_findings {
        Status::Findings
    } else {
        Status::Clean
    }
}

impl Status {
    /// The more severe of two statuses.
    fn max_with(self, other: Status) -> Status {
        if other.code() > self.code() {
            other
        } else {
            self
        }
    }
}

fn with_output(
    path: Option<&Path>,
    out: &mut dyn Write,
    f: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> anyhow::Result<()> {
    match path {
        Some(p) => {
            let file = std::fs::File::create(p)
                .with_context(|| format!("cannot write report to {}", p.display()))?;
            let mut w = std::io::BufWriter::new(file);
            f(&mut w).with_context(|| format!("cannot write report to {}", p.display()))?;
            w.flush()?;
        }
        None => {
            // Standard output is line-buffered; a report is many lines.
            let mut buffered = std::io::BufWriter::new(out);
            f(&mut buffered)?;
            buffered.flush()?;
        }
    }
    Ok(())
}

/// `TF_VAR_name` variables from the environment, sorted by name.
fn tf_var_env() -> Vec<(String, String)> {
    let mut vars: Vec<(String, String)> = std::env::vars_os()
        .filter_map(|(k, v)| {
            let k = k.into_string().ok()?;
            let name = k.strip_prefix("TF_VAR_")?.to_string();
            Some((name, v.into_string().ok()?))
        })
        .collect();
    vars.sort();
    vars
}

/// Loads, evaluates and attaches plans: everything before the rules.
pub fn scan(args: &ScanArgs, vars: &[VarArg], env_vars: Vec<(String, String)>) -> Scan {
    scan_with(args, vars, env_vars, Arc::default())
}

/// [`scan`], reading the texts in `overlay` instead of those files on disk.
pub fn scan_with(
    args: &ScanArgs,
    vars: &[VarArg],
    env_vars: Vec<(String, String)>,
    overlay: Arc<std::collections::BTreeMap<std::path::PathBuf, String>>,
) -> Scan {
    let started = std::time::Instant::now();
    let mut loaded = load::load(&load::LoadOptions {
        paths: args.paths.clone(),
        excludes: args.exclude.clone(),
        max_file_size: args.max_file_size,
        overlay,
    });
    let mut diagnostics = std::mem::take(&mut loaded.diagnostics);
    let cli_vars = read_var_inputs(&mut loaded, vars, args.max_file_size, &mut diagnostics);
    let options = EvalOptions {
        env_vars,
        cli_vars,
        max_instances: args.max_instances,
        max_steps: args.max_eval_steps,
    };
    let mut timings = loaded.timings.clone();
    let loaded_at = std::time::Instant::now();
    timings.push(("load (total)", loaded_at - started));
    let (mut workspace, eval_diags) = eval::evaluate(&loaded, &options);
    diagnostics.extend(eval_diags);
    let evaluated_at = std::time::Instant::now();
    timings.push(("evaluate", evaluated_at - loaded_at));
    for plan_path in loaded.plans.clone() {
        attach_plan(
            &mut loaded,
            &mut workspace,
            &plan_path,
            args.max_file_size,
            &mut diagnostics,
        );
    }
    workspace
        .instances
        .sort_by(|a, b| (&a.root, &a.address).cmp(&(&b.root, &b.address)));
    diagnostics.sort();
    diagnostics.dedup();
    timings.push(("plans and sorting", evaluated_at.elapsed()));
    Scan {
        loaded,
        workspace,
        diagnostics,
        results: None,
        timings,
        scanned: args
            .paths
            .iter()
            .map(|p| load::discover::normalize(p))
            .collect(),
    }
}

/// Links the workspace and runs every rule on it.
pub fn check(scan: &mut Scan) {
    let started = std::time::Instant::now();
    let links = link::Links::build(&scan.workspace);
    let linked = std::time::Instant::now();
    let all: Vec<usize> = (0..rules::RULES.len()).collect();
    let mut results = rules::run(&links, &all);
    let cx = fix::FixContext {
        files: &scan.loaded.files,
        workspace: &scan.workspace,
        scanned: &scan.scanned,
    };
    for f in &mut results.findings {
        if let Some(remedy) = &f.remedy {
            f.fix = Some(fix::plan(&cx, f, remedy));
        }
    }
    scan.timings.push(("link", linked - started));
    scan.timings.push(("rules", linked.elapsed()));
    scan.results = Some(results);
}

/// Writes `--timings` to standard error.
fn print_timings(scan: &Scan, report: std::time::Duration) -> std::io::Result<()> {
    let mut err = std::io::stderr().lock();
    let mut total = std::time::Duration::ZERO;
    for (stage, d) in &scan.timings {
        writeln!(err, "{:>9.3} ms  {stage}", d.as_secs_f64() * 1000.0)?;
        if !stage.starts_with("  ") {
            total += *d;
        }
    }
    writeln!(err, "{:>9.3} ms  report", report.as_secs_f64() * 1000.0)?;
    writeln!(
        err,
        "{:>9.3} ms  total",
        (total + report).as_secs_f64() * 1000.0
    )
}

/// Reads `--var-file`s; keeps `--var`s; both in command-line order.
fn read_var_inputs(
    loaded: &mut Loaded,
    vars: &[VarArg],
    max: u64,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<VarInput> {
    let mut out = Vec::new();
    for v in vars {
        match v {
            VarArg::Var(name, value) => out.push(VarInput::Raw(name.clone(), value.clone())),
            VarArg::File(path) => {
                let display = path.to_string_lossy().replace('\\', "/");
                let text = match load::read_text(path, max) {
                    Ok(t) => t,
                    Err(msg) => {
                        diagnostics.push(
                            Diagnostic::error("var-file", format!("--var-file: {msg}"))
                                .in_file(display),
                        );
                        continue;
                    }
                };
                let kind = if display.ends_with(".json") {
                    FileKind::TfvarsJson
                } else {
                    FileKind::Tfvars
                };
                let id = loaded.files.add(SourceFile::new(
                    display.clone(),
                    path.clone(),
                    Arc::from(text),
                ));
                match load::parse_file(&loaded.files.get(id).text, kind) {
                    Ok(body) => out.push(VarInput::File(id, body.attributes)),
                    Err(e) => diagnostics.push(
                        Diagnostic::error("parse-error", e.message)
                            .in_file(display)
                            .at(e.line, e.column),
                    ),
                }
            }
        }
    }
    out
}

/// Loads a plan file into the workspace. When the plan's directory was also scanned as a
/// root module, the plan's instances replace that root's evaluated ones (the plan knows
/// more), and take their source locations from the matching `resource` blocks.
pub fn attach_plan(
    loaded: &mut Loaded,
    ws: &mut Workspace,
    path: &Path,
    max: u64,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let display = path.to_string_lossy().replace('\\', "/");
    let text = match load::read_text(path, max) {
        Ok(t) => t,
        Err(msg) => {
            diagnostics.push(Diagnostic::error("read-error", msg).in_file(display));
            return;
        }
    };
    let plan = match load::plan::load_plan(&text) {
        Ok(p) => p,
        Err(e) => {
            diagnostics.push(
                Diagnostic::error("plan-error", e.message)
                    .in_file(display)
                    .at(e.line, e.column),
            );
            return;
        }
    };
    let plan_dir = load::discover::normalize(path.parent().unwrap_or(Path::new(".")));
    let plan_dir = plan_dir.to_string_lossy().replace('\\', "/");
    let root_name: Arc<str> = Arc::from(display.as_str());
    // Source locations from the evaluated configuration of the plan's directory.
    let mut by_address: HashMap<String, &Instance> = HashMap::new();
    for inst in ws.instances.iter().filter(|i| *i.root == *plan_dir) {
        by_address
            .entry(load::plan::strip_keys(&inst.address))
            .or_insert(inst);
    }
    let mut attached = Vec::with_capacity(plan.instances.len());
    for mut inst in plan.instances {
        inst.root = root_name.clone();
        if let Some(config) = by_address.get(&load::plan::strip_keys(&inst.address)) {
            inst.loc = config.loc;
            for (name, attr) in inst.body.attrs.iter_mut() {
                if let Some(c) = config.body.attrs.get(name) {
                    attr.loc = c.loc;
                    attr.expr_span = c.expr_span;
                }
            }
            let mut module = (*inst.module).clone();
            for (frame, config_frame) in module.0.iter_mut().zip(config.module.0.iter()) {
                frame.call = config_frame.call;
                if frame.source.is_empty() {
                    frame.source = config_frame.source.clone();
                }
            }
            inst.module = Arc::new(module);
        }
        attached.push(inst);
    }
    let _ = loaded;
    ws.instances.retain(|i| *i.root != *plan_dir);
    ws.instances.extend(attached);
}
