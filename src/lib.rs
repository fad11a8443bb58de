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
//!    located in the sources of their directory when it is scanned too;
//! 5. link and check: [`rules::run_by_root`] builds each root's bucket and security group
//!    views ([`link::Links::build_range`]) and runs the baseline ([`rules::RULES`]) on them,
//!    roots in parallel, into sorted [`finding::Finding`]s;
//! 6. report: [`report`] writes the result (`check`: diagnostics and summary; `inspect`:
//!    the instances as JSON);
//! 7. exit status: [`Status`]: 0 clean, 1 findings, 2 errors in the input.

pub mod base;
pub mod cli;
pub mod config;
pub mod eval;
pub mod evidence;
pub mod finding;
pub mod fix;
pub mod link;
pub mod load;
pub mod model;
pub mod report;
pub mod rules;
pub mod suppress;

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use anyhow::Context as _;

use base::diag::Diagnostic;
use base::source::SourceFile;
use cli::{Command, ScanArgs, VarArg};
use eval::{EvalOptions, VarInput};
use load::Loaded;
use load::discover::FileKind;
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
    /// Baseline and exceptions bookkeeping, once checked.
    pub governance: Governance,
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
    let (policy, scan_args, vars, setup_errors) = resolve_policy(args, vars);
    let vars = &vars[..];
    let fixing = args.fix || args.diff || args.unsafe_fixes;
    let (mut scan, fixed) = if fixing {
        let outcome = fix::session::fix_loop(args.unsafe_fixes, |overlay| {
            let mut scan = scan_with(
                &scan_args,
                vars,
                env_vars.clone(),
                Arc::new(overlay.clone()),
            );
            check_with(&mut scan, &policy);
            scan
        });
        (outcome.scan, Some((outcome.changed, outcome.applied)))
    } else {
        let mut scan = scan(&scan_args, vars, env_vars);
        check_with(&mut scan, &policy);
        (scan, None)
    };
    scan.diagnostics.extend(setup_errors);
    if let Some(path) = &args.write_baseline {
        let findings = scan.results.as_ref().map_or(&[][..], |r| &r.findings[..]);
        let accepted: Vec<finding::Finding> = findings
            .iter()
            .filter(|f| {
                f.suppressed
                    .as_ref()
                    .is_none_or(|s| s.kind == finding::suppression::Kind::Baseline)
            })
            .map(|f| finding::Finding {
                suppressed: None,
                ..f.clone()
            })
            .collect();
        let n = suppress::baseline::write(path, &accepted)
            .with_context(|| format!("cannot write the baseline {}", path.display()))?;
        writeln!(
            std::io::stderr().lock(),
            "Recorded {n} finding(s) in the baseline {}.",
            path.display()
        )?;
        let status = if scan.has_errors() {
            Status::Error
        } else {
            Status::Clean
        };
        std::mem::forget(scan);
        return Ok(status);
    }
    let status = status_of(&scan);
    let reporting = std::time::Instant::now();
    if let Some(path) = &args.evidence {
        evidence::write(&scan, status.code(), path)
            .with_context(|| format!("cannot write the evidence to {}", path.display()))?;
    }
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

/// The policy from the configuration file and the command line (flags win), the scan
/// arguments with the file's excludes and variable files, and errors in either.
fn resolve_policy(
    args: &cli::CheckArgs,
    vars: &[VarArg],
) -> (Policy, ScanArgs, Vec<VarArg>, Vec<Diagnostic>) {
    let mut errors = Vec::new();
    let mut policy = Policy {
        time_rules: args.scan.timings,
        ..Policy::default()
    };
    let mut scan_args = args.scan.clone();
    let mut vars = vars.to_vec();
    let first = args
        .scan
        .paths
        .first()
        .cloned()
        .unwrap_or_else(|| std::path::PathBuf::from("."));
    let config_path = args
        .config
        .clone()
        .or_else(|| config::find(&first, config::FILE_NAME));
    let loaded = config_path.map(|p| config::read(&p));
    let loaded = match loaded {
        Some(Ok(c)) => Some(c),
        Some(Err(e)) => {
            let mut d = Diagnostic::error("config", e.message).in_file(e.file);
            if let Some(line) = e.line {
                d = d.at(line, 1);
            }
            errors.push(d);
            None
        }
        None => None,
    };
    let file = loaded.as_ref().map(|c| c.file.clone()).unwrap_or_default();
    let keys = |cli: &[String], file: &Option<Vec<String>>| -> Option<Vec<String>> {
        if cli.is_empty() {
            file.clone()
        } else {
            Some(cli.to_vec())
        }
    };
    if let Some(select) = keys(&args.select, &file.select) {
        policy.selected = vec![false; rules::RULES.len()];
        for key in &select {
            let found = config::rules_for(key);
            if found.is_empty() {
                errors.push(Diagnostic::error(
                    "config",
                    format!("--select: `{key}` is no rule id, name, peer alias or area"),
                ));
            }
            for i in found {
                policy.selected[i] = true;
            }
        }
    }
    for key in keys(&args.ignore, &file.ignore).unwrap_or_default() {
        let found = config::rules_for(&key);
        if found.is_empty() {
            errors.push(Diagnostic::error(
                "config",
                format!("--ignore: `{key}` is no rule id, name, peer alias or area"),
            ));
        }
        for i in found {
            policy.selected[i] = false;
        }
    }
    for (key, severity) in file.severity.iter().flatten() {
        for i in config::rules_for(key) {
            policy.severity[i] = *severity;
        }
    }
    policy.fail_on = args.fail_on.or(file.fail_on).unwrap_or(config::FailOn::Low);
    if let Some(today) = args.today {
        policy.today = today;
    }
    if let Some(c) = &loaded {
        if args.scan.exclude.is_empty()
            && let Some(ex) = &file.exclude
        {
            scan_args.exclude = ex.clone();
        }
        let cli_files = vars.iter().any(|v| matches!(v, VarArg::File(_)));
        if !cli_files && let Some(files) = &file.var_files {
            let mut with_files: Vec<VarArg> =
                files.iter().map(|f| VarArg::File(c.resolve(f))).collect();
            with_files.extend(vars);
            vars = with_files;
        }
    }
    let from_config =
        |p: &Option<std::path::PathBuf>| p.as_ref().zip(loaded.as_ref()).map(|(p, c)| c.resolve(p));
    let baseline = args
        .baseline
        .clone()
        .or_else(|| from_config(&file.baseline));
    if let Some(path) = baseline {
        match suppress::baseline::read(&path) {
            Ok(b) => policy.baseline = Some(b),
            Err((line, msg)) => {
                let mut d =
                    Diagnostic::error("baseline", msg).in_file(crate::base::path::display(&path));
                if let Some(line) = line {
                    d = d.at(line, 1);
                }
                errors.push(d);
            }
        }
    }
    let exceptions = args
        .exceptions
        .clone()
        .or_else(|| from_config(&file.exceptions))
        .or_else(|| config::find(&first, config::EXCEPTIONS_FILE_NAME));
    if let Some(path) = exceptions {
        match suppress::exceptions::read(&path) {
            Ok(r) => policy.exceptions = Some(r),
            Err((line, msg)) => {
                let mut d =
                    Diagnostic::error("exceptions", msg).in_file(crate::base::path::display(&path));
                if let Some(line) = line {
                    d = d.at(line, 1);
                }
                errors.push(d);
            }
        }
    }
    policy.config = loaded;
    (policy, scan_args, vars, errors)
}

/// The exit status a scan earns: errors, else active findings at or over the threshold.
pub fn status_of(scan: &Scan) -> Status {
    let fail_on = scan
        .governance
        .policy
        .as_ref()
        .map_or(config::FailOn::Low, |p| p.fail_on);
    let has_findings = scan.results.as_ref().is_some_and(|r| {
        r.findings
            .iter()
            .any(|f| f.is_active() && fail_on.fails(f.severity))
    });
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
        max_module_depth: args.max_module_depth,
    };
    let mut timings = loaded.timings.clone();
    let loaded_at = std::time::Instant::now();
    timings.push(("load (total)", loaded_at - started));
    let (mut workspace, eval_diags) = eval::evaluate(&loaded, &options);
    diagnostics.extend(eval_diags);
    let evaluated_at = std::time::Instant::now();
    timings.push(("evaluate", evaluated_at - loaded_at));
    attach_plans(
        &loaded,
        &mut workspace,
        args.max_file_size,
        &mut diagnostics,
    );
    // Each root's instances arrive sorted (in parallel, by the evaluation), so this merges
    // sorted runs.
    workspace
        .instances
        .sort_by(model::Instance::workspace_order);
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
            .map(|p| base::path::normalize(p))
            .collect(),
        governance: Governance::default(),
    }
}

/// How findings are judged: which rules run, at which severity, what is suppressed, and the
/// threshold that fails the run.
#[derive(Clone, Debug)]
pub struct Policy {
    /// Expiry dates are judged as of this date.
    pub today: base::date::Date,
    /// Per rule index: runs.
    pub selected: Vec<bool>,
    /// Per rule index: the severity findings get.
    pub severity: Vec<finding::Severity>,
    pub fail_on: config::FailOn,
    pub baseline: Option<suppress::baseline::Loaded>,
    pub exceptions: Option<suppress::exceptions::Register>,
    pub config: Option<config::Loaded>,
    /// Time each rule (`--timings`): two clock reads per rule per root, skipped otherwise.
    pub time_rules: bool,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            today: base::date::Date::from_unix(base::date::run_time()),
            selected: vec![true; rules::RULES.len()],
            severity: rules::RULES.iter().map(|r| r.severity).collect(),
            fail_on: config::FailOn::Low,
            baseline: None,
            exceptions: None,
            config: None,
            time_rules: false,
        }
    }
}

/// What the suppression passes found besides the findings themselves.
#[derive(Clone, Debug, Default)]
pub struct Governance {
    /// Baseline entries that matched no finding.
    pub stale_baseline: Vec<suppress::baseline::Entry>,
    /// The exceptions register's entries and how often each applied.
    pub exceptions: Option<(
        suppress::exceptions::Register,
        suppress::exceptions::Outcome,
    )>,
    pub policy: Option<Policy>,
}

/// Links the workspace and runs every rule on it.
pub fn check(scan: &mut Scan) {
    check_with(scan, &Policy::default());
}

/// Links the workspace, runs the selected rules, places fixes, and applies severity
/// overrides, suppression comments, the exceptions register and the baseline.
pub fn check_with(scan: &mut Scan, policy: &Policy) {
    let started = std::time::Instant::now();
    let selected: Vec<usize> = (0..rules::RULES.len())
        .filter(|&i| policy.selected[i])
        .collect();
    let mut results = rules::run_by_root(&scan.workspace, &selected, policy.time_rules);
    let checked = std::time::Instant::now();
    let cx = fix::FixContext::new(
        &scan.loaded.files,
        &scan.workspace,
        &scan.scanned,
        &scan.loaded.modules,
    );
    // Each fix depends only on its finding and the configuration (the indexes are built once,
    // on first use, and shared; their builders must not use rayon, as a thread waiting in one
    // could pick up another finding that needs the same index), so findings are planned in
    // parallel.
    {
        use rayon::prelude::*;
        results.findings.par_iter_mut().for_each(|f| {
            if let Some(remedy) = &f.remedy {
                f.fix = Some(Box::new(fix::plan(&cx, f, remedy)));
            }
        });
    }
    scan.timings
        .push(("link and rules (by root)", checked - started));
    scan.timings.push(("fix planning", checked.elapsed()));
    let suppressing = std::time::Instant::now();
    let applied = suppress::apply_comments(
        &scan.loaded.files,
        &scan.workspace,
        &mut results.findings,
        &results.stats,
        &policy.selected,
        policy.today,
    );
    results.findings.extend(applied.findings);
    for f in &mut results.findings {
        f.severity = policy.severity[f.rule];
    }
    let mut governance = Governance {
        policy: Some(policy.clone()),
        ..Governance::default()
    };
    if let Some(register) = &policy.exceptions {
        let outcome = suppress::exceptions::apply(register, &mut results.findings, policy.today);
        governance.exceptions = Some((register.clone(), outcome));
    }
    if let Some(baseline) = &policy.baseline {
        governance.stale_baseline = suppress::baseline::apply(baseline, &mut results.findings);
    }
    finding::sort(&mut results.findings);
    scan.timings.push(("suppressions", suppressing.elapsed()));
    scan.results = Some(results);
    scan.governance = governance;
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
    if let Some(results) = &scan.results {
        let mut slowest: Vec<(std::time::Duration, &str)> = results
            .times
            .iter()
            .zip(rules::RULES)
            .map(|(t, r)| (*t, r.id))
            .collect();
        slowest.sort_by(|a, b| b.cmp(a));
        let shown: Vec<String> = slowest
            .iter()
            .take(5)
            .map(|(t, id)| format!("{id} {:.1} ms", t.as_secs_f64() * 1000.0))
            .collect();
        writeln!(
            err,
            "             slowest rules (time summed over threads): {}",
            shown.join(", ")
        )?;
    }
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
                let display = crate::base::path::display(path);
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
                let id = loaded
                    .files
                    .add(SourceFile::new(display.clone(), path.clone(), text));
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

/// Loads the plan files into the workspace. When a plan's directory was also scanned as a
/// root module, the plan's instances replace that root's evaluated ones (the plan knows
/// more), and take their source locations from the matching `resource` blocks. Instances
/// arrive grouped by root, so each plan reads its directory's instances only, and the
/// replaced roots leave in one pass.
fn attach_plans(loaded: &Loaded, ws: &mut Workspace, max: u64, diagnostics: &mut Vec<Diagnostic>) {
    if loaded.plans.is_empty() {
        return;
    }
    let mut roots: HashMap<&str, std::ops::Range<usize>> = HashMap::new();
    for range in link::Links::root_ranges(ws) {
        roots.insert(&ws.instances[range.start].root, range);
    }
    let mut replaced: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut attached = Vec::new();
    for path in &loaded.plans {
        if let Some((dir, instances)) = attach_plan(ws, &roots, path, max, diagnostics) {
            replaced.insert(dir);
            attached.extend(instances);
        }
    }
    if !replaced.is_empty() {
        ws.instances.retain(|i| !replaced.contains(&*i.root));
    }
    ws.instances.extend(attached);
}

/// One plan's instances, located in the configuration of its directory (`roots`: each
/// root's range of instances), with that directory; `None` when the plan cannot be read.
fn attach_plan(
    ws: &Workspace,
    roots: &HashMap<&str, std::ops::Range<usize>>,
    path: &Path,
    max: u64,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<(String, Vec<Instance>)> {
    let display = crate::base::path::display(path);
    let text = match load::read_text(path, max) {
        Ok(t) => t,
        Err(msg) => {
            diagnostics.push(Diagnostic::error("read-error", msg).in_file(display));
            return None;
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
            return None;
        }
    };
    let plan_dir = base::path::normalize(path.parent().unwrap_or(Path::new(".")));
    let plan_dir = crate::base::path::display(&plan_dir);
    let root_name: Arc<str> = Arc::from(display.as_str());
    // Source locations from the evaluated configuration of the plan's directory.
    let mut by_address: HashMap<String, &Instance> = HashMap::new();
    let configured = roots.get(plan_dir.as_str()).cloned().unwrap_or_default();
    for inst in &ws.instances[configured] {
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
    Some((plan_dir, attached))
}
