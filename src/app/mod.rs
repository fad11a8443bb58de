//! The application layer: runs a parsed command line through the pipeline and decides where
//! its output goes. It is the only place besides `report/` that writes to standard output or
//! standard error (and `report/` only through the `Write` it is given).

mod check;
pub mod fix_loop;
pub mod pipeline;
pub mod policies;
pub mod policy;

use std::io::Write;
use std::path::Path;

use anyhow::Context as _;

use crate::cli::{self, Command, VarArg};
use crate::scan::Status;
use crate::{report, rules};

pub use pipeline::{check, check_with, scan, scan_with};

/// Runs a parsed command line, writing the report to `out` (or to `--output`).
pub fn run(cli: cli::Cli, vars: Vec<VarArg>, out: &mut dyn Write) -> anyhow::Result<Status> {
    let env_vars = tf_var_env();
    match cli.command {
        Command::Check(args) => check::check_command(&args, &vars, env_vars, false, out),
        Command::Drift(args) => check::check_command(&args, &vars, env_vars, true, out),
        Command::Rules(args) => {
            // The team's policies are listed after the built-in rules when the configuration
            // found from here names them.
            let _ = policies::setup(Path::new("."), None, &cli::PolicyArgs::default());
            report::rules::write_list(args.format, out)?;
            Ok(Status::Clean)
        }
        Command::Explain(args) => match explain_find(&args.rule) {
            Some((_, rule)) => {
                write!(out, "{}", rule.doc)?;
                Ok(Status::Clean)
            }
            None => anyhow::bail!(
                "no rule `{}`; `tfgate rules` lists ids and names (peer ids such as CKV_AWS_24 work too)",
                args.rule
            ),
        },
        Command::Test(args) => test_command(&args, out),
        Command::Baseline(args) => baseline_command(&args, out),
        Command::Inspect(args) => {
            let scan = scan(&args.scan, &vars, env_vars);
            let secrets = &scan.workspace.secrets;
            with_output(args.output.as_deref(), out, |w| {
                report::inspect::write(&scan, w)
            })?;
            if scan.has_errors() {
                let mut err = std::io::stderr().lock();
                for d in scan.diagnostics.iter().filter(|d| d.is_error()) {
                    writeln!(err, "{}", secrets.scrub(&d.render()))?;
                }
                return Ok(Status::Error);
            }
            Ok(Status::Clean)
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

/// `tfgate test [PATH]`: runs the `.policytest.hcl` files under PATH; 0 when every test
/// passes, 1 when one fails, 2 when a test or policy file cannot be used.
fn test_command(args: &cli::TestArgs, out: &mut dyn Write) -> anyhow::Result<Status> {
    let mut diagnostics = Vec::new();
    let given = policies::given_inputs(None, &args.policy_input_file, &[], &[], &mut diagnostics);
    let summary = crate::tfpolicy::test::run_tests(&args.path, &given, &args.policy_input);
    let mut w = std::io::BufWriter::new(out);
    for d in &diagnostics {
        writeln!(w, "error: {}", d.render())?;
    }
    crate::tfpolicy::test::write_summary(&summary, &mut w)?;
    w.flush()?;
    Ok(if !diagnostics.is_empty() || summary.errors > 0 {
        Status::Error
    } else if summary.failed > 0 {
        Status::Findings
    } else {
        Status::Clean
    })
}

/// `tfgate baseline`: the effective baseline an auditor reads.
fn baseline_command(args: &cli::BaselineArgs, out: &mut dyn Write) -> anyhow::Result<Status> {
    let setup = policies::setup(&args.path, args.config.as_deref(), &args.policy);
    let config =
        match &setup.config {
            Some(c) => Some(crate::config::read(&c.path).map_err(|e| {
                anyhow::anyhow!("{}:{}: {}", e.file, e.line.unwrap_or(0), e.message)
            })?),
            None => None,
        };
    let mut err = std::io::stderr().lock();
    for d in &setup.diagnostics {
        writeln!(err, "{}", d.render())?;
    }
    let mut w = std::io::BufWriter::new(out);
    crate::tfpolicy::document::write_baseline(
        config.as_ref(),
        args.format == cli::BaselineFormat::Json,
        &mut w,
    )?;
    w.flush()?;
    Ok(if setup.diagnostics.iter().any(|d| d.is_error()) {
        Status::Error
    } else {
        Status::Clean
    })
}

/// A rule by key; policy ids are known once the configuration found from the current
/// directory names the policies.
fn explain_find(key: &str) -> Option<(usize, &'static rules::Rule)> {
    if key.to_ascii_uppercase().starts_with("POL-") || rules::find(key).is_none() {
        let _ = policies::setup(Path::new("."), None, &cli::PolicyArgs::default());
    }
    rules::find(key)
}
