//! Command-line arguments (clap derive) and their translation into run settings.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

pub use crate::load::vars::VarArg;
pub use crate::report::{Format, RulesFormat};

/// tfgate: stop insecure infrastructure before it is deployed.
#[derive(Debug, Parser)]
#[command(name = "tfgate", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Load, evaluate and check Terraform directories or plan JSON files.
    Check(Box<CheckArgs>),
    /// Check a plan's drift (`resource_drift`, or a `-refresh-only` plan) against the
    /// baseline: `tfgate drift PLAN.json [DIR]`; exit 1 when drift breaks a rule.
    Drift(Box<CheckArgs>),
    /// Print the evaluated resource instances as JSON, to see what rules see.
    Inspect(InspectArgs),
    /// List the rules of the baseline.
    Rules(RulesArgs),
    /// Print a rule's documentation (by id, name or any peer alias, or a policy id).
    Explain(ExplainArgs),
    /// Run the `.policytest.hcl` tests of Terraform policy files.
    Test(TestArgs),
    /// Print the effective baseline: the document, the built-in rules selected and every policy.
    Baseline(BaselineArgs),
}

/// Where the team's policies come from and their input values.
#[derive(Clone, Debug, Default, Args)]
pub struct PolicyArgs {
    /// A directory (or file) of `*.policy.hcl` policies (repeatable; replaces the
    /// configuration's `policies`).
    #[arg(long = "policies", value_name = "DIR")]
    pub policies: Vec<PathBuf>,
    /// A policy input value (repeatable), e.g. `--policy-input environment=prod`.
    #[arg(long = "policy-input", value_name = "NAME=VALUE")]
    pub policy_input: Vec<String>,
    /// A file of policy input values in tfvars syntax (repeatable).
    #[arg(long = "policy-input-file", value_name = "FILE")]
    pub policy_input_file: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct TestArgs {
    /// A directory of `.policytest.hcl` files (searched recursively) or one such file.
    #[arg(default_value = ".")]
    pub path: PathBuf,
    /// A policy input value (repeatable).
    #[arg(long = "policy-input", value_name = "NAME=VALUE")]
    pub policy_input: Vec<String>,
    /// A file of policy input values in tfvars syntax (repeatable).
    #[arg(long = "policy-input-file", value_name = "FILE")]
    pub policy_input_file: Vec<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum BaselineFormat {
    Markdown,
    Json,
}

#[derive(Debug, Args)]
pub struct BaselineArgs {
    /// Where `.tfgate.toml` is looked for (upward).
    #[arg(default_value = ".")]
    pub path: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = BaselineFormat::Markdown)]
    pub format: BaselineFormat,
    /// The configuration file (default: `.tfgate.toml` found upward from the path).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    #[command(flatten)]
    pub policy: PolicyArgs,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
    pub format: RulesFormat,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// Rule id (`TFG-NET-001`), name (`ssh-open-to-internet`) or alias (`CKV_AWS_24`).
    pub rule: String,
}

/// Options shared by every command that scans.
#[derive(Clone, Debug, Args)]
pub struct ScanArgs {
    /// Directories to scan (every module under them), Terraform files (each stands for its
    /// module directory, as pre-commit passes them) or plan JSON files.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// A variables file for root modules, like `terraform plan -var-file` (repeatable).
    #[arg(long = "var-file", value_name = "FILE")]
    pub var_file: Vec<PathBuf>,
    /// A root module variable, like `terraform plan -var` (repeatable).
    #[arg(long = "var", value_name = "NAME=VALUE")]
    pub var: Vec<String>,
    /// Skip paths matching this glob (repeatable), e.g. `--exclude 'test/**'`.
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
    /// Largest file read, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = crate::load::DEFAULT_MAX_FILE_SIZE)]
    pub max_file_size: u64,
    /// Most instances one resource or module call may expand to.
    #[arg(long, value_name = "N", default_value_t = crate::eval::DEFAULT_MAX_INSTANCES)]
    pub max_instances: usize,
    /// Most evaluation steps per root module.
    #[arg(long, value_name = "N", default_value_t = crate::eval::DEFAULT_MAX_STEPS)]
    pub max_eval_steps: u64,
    /// Deepest nesting of module calls evaluated.
    #[arg(long, value_name = "N", default_value_t = crate::eval::DEFAULT_MAX_MODULE_DEPTH)]
    pub max_module_depth: usize,
    /// Largest string a value may be, and most bytes of strings one function call or `==`
    /// may walk (K, M, G suffixes).
    #[arg(long, value_name = "SIZE", value_parser = crate::eval::budget::parse_size,
          default_value_t = crate::eval::DEFAULT_MAX_VALUE_SIZE)]
    pub max_value_size: u64,
    /// Most memory the values of a run may take (K, M, G suffixes).
    #[arg(long, value_name = "SIZE", value_parser = crate::eval::budget::parse_size,
          default_value_t = crate::eval::DEFAULT_MAX_MEMORY)]
    pub max_memory: u64,
    /// Most resource, module and `dynamic` block instances per root module, across nested
    /// module calls.
    #[arg(long, value_name = "N", default_value_t = crate::eval::DEFAULT_MAX_TOTAL_INSTANCES)]
    pub max_total_instances: u64,
    /// Fail (exit 2) when a module is not downloaded (`terraform get` not run), instead of
    /// counting its calls as not checked.
    #[arg(long)]
    pub require_modules: bool,
    /// Print the time spent in each pipeline stage to standard error.
    #[arg(long)]
    pub timings: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub scan: ScanArgs,
    /// Report format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Write the report to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Also write a report in another format to a file (repeatable), e.g.
    /// `--report sarif=tfgate.sarif --report markdown=summary.md`.
    #[arg(long, value_name = "FORMAT=FILE", value_parser = parse_report)]
    pub report: Vec<(Format, PathBuf)>,
    /// Colour the text report: auto (on a terminal, unless NO_COLOR is set), always, never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Also list warnings and what could not be evaluated.
    #[arg(long, short)]
    pub verbose: bool,
    /// Apply safe fixes to the files, then re-check and report what remains.
    #[arg(long)]
    pub fix: bool,
    /// Also apply unsafe fixes (those that replace a resource or may cut off clients);
    /// implies --fix unless --diff is given.
    #[arg(long)]
    pub unsafe_fixes: bool,
    /// Print the fixes as a unified diff (`git apply`-able) instead of writing them.
    #[arg(long, conflicts_with = "fix")]
    pub diff: bool,
    /// The configuration file (default: `.tfgate.toml` found upward from the first path).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Fail on findings of this severity or higher (default: low, every finding).
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub fail_on: Option<crate::config::FailOn>,
    /// With a plan: fail only on what the plan brings (weakening findings and new
    /// resources), not on findings that held before it.
    #[arg(long)]
    pub new_only: bool,
    /// Run only these rules: ids, names, peer aliases, areas (`iam`, `database`...: `tfgate
    /// rules` lists them by area) or `all` (repeatable, or comma-separated).
    #[arg(long, value_name = "RULES", value_delimiter = ',')]
    pub select: Vec<String>,
    /// Do not run these rules (same keys as --select).
    #[arg(long, value_name = "RULES", value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// Suppress the findings recorded in this baseline file; only new findings fail.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Record the current findings as the accepted baseline, then exit 0.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// The exceptions register (default: `.tfgate-exceptions.toml` found upward).
    #[arg(long, value_name = "FILE")]
    pub exceptions: Option<PathBuf>,
    /// Write a JSON record of the run for auditors (files, rules, findings, exceptions).
    #[arg(long, value_name = "FILE")]
    pub evidence: Option<PathBuf>,
    /// Judge expiry dates as of this date (YYYY-MM-DD; default SOURCE_DATE_EPOCH's date,
    /// else today).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub today: Option<crate::base::date::Date>,
    #[command(flatten)]
    pub policy: PolicyArgs,
}

fn parse_date(raw: &str) -> Result<crate::base::date::Date, String> {
    crate::base::date::Date::parse(raw).ok_or_else(|| format!("`{raw}` is not a date (YYYY-MM-DD)"))
}

/// `FORMAT=FILE` for `--report`.
fn parse_report(raw: &str) -> Result<(Format, PathBuf), String> {
    let (format, file) = raw
        .split_once('=')
        .ok_or_else(|| format!("expected FORMAT=FILE, got `{raw}`"))?;
    let format = Format::from_str(format, true).map_err(|_| {
        format!("unknown format `{format}` (text, json, sarif, junit, markdown, github, compliance, compliance-markdown)")
    })?;
    if file.is_empty() {
        return Err("the file after `=` is empty".into());
    }
    Ok((format, PathBuf::from(file)))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    #[command(flatten)]
    pub scan: ScanArgs,
    /// Write the JSON to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Parses the command line. Besides the derived struct, returns `--var`/`--var-file` in
/// their command-line order, which derive alone loses.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<(Cli, Vec<VarArg>), clap::Error> {
    let matches = Cli::command().try_get_matches_from(args)?;
    let cli = Cli::from_arg_matches(&matches)?;
    let sub = match matches.subcommand() {
        Some((_, sub)) => sub,
        None => &matches,
    };
    let scan = match &cli.command {
        Command::Check(c) | Command::Drift(c) => &c.scan,
        Command::Inspect(i) => &i.scan,
        Command::Rules(_) | Command::Explain(_) | Command::Test(_) | Command::Baseline(_) => {
            return Ok((cli, Vec::new()));
        }
    };
    let mut ordered: Vec<(usize, VarArg)> = Vec::new();
    if let Some(indices) = sub.indices_of("var_file") {
        ordered.extend(
            indices
                .zip(&scan.var_file)
                .map(|(i, f)| (i, VarArg::File(f.clone()))),
        );
    }
    if let Some(indices) = sub.indices_of("var") {
        for (i, raw) in indices.zip(&scan.var) {
            let Some((name, value)) = raw.split_once('=') else {
                return Err(Cli::command().error(
                    clap::error::ErrorKind::ValueValidation,
                    format!("--var expects NAME=VALUE, got `{raw}`"),
                ));
            };
            ordered.push((i, VarArg::Var(name.trim().to_string(), value.to_string())));
        }
    }
    ordered.sort_by_key(|(i, _)| *i);
    Ok((cli, ordered.into_iter().map(|(_, v)| v).collect()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vars_keep_command_line_order() {
        let args = [
            "tfgate",
            "check",
            "--var",
            "a=1",
            "--var-file",
            "x.tfvars",
            "--var",
            "b=2=3",
            "dir",
        ];
        let (cli, vars) = parse(args.iter().map(OsString::from)).expect("valid arguments");
        assert_eq!(
            vars,
            [
                VarArg::Var("a".into(), "1".into()),
                VarArg::File("x.tfvars".into()),
                VarArg::Var("b".into(), "2=3".into()),
            ]
        );
        let Command::Check(check) = cli.command else {
            panic!("expected check");
        };
        assert_eq!(check.scan.paths, [PathBuf::from("dir")]);
    }

    #[test]
    fn a_var_without_equals_is_an_error() {
        let args = ["tfgate", "check", "--var", "novalue"];
        assert!(parse(args.iter().map(OsString::from)).is_err());
    }
}
