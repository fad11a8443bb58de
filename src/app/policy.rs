//! The policy of a run: `.tfgate.toml` (found upward from the first path, or `--config`)
//! and the command line, flags winning; the scan arguments with the file's excludes and
//! variable files; errors in either, located.

use crate::base::diag::Diagnostic;
use crate::cli::{self, ScanArgs, VarArg};
use crate::scan::Policy;
use crate::{config, rules, suppress};

/// The policy from the configuration file and the command line (flags win), the scan
/// arguments with the file's excludes and variable files, and errors in either.
pub fn resolve_policy(
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
            errors.push(config_error(e));
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
            let found = rules::select(key);
            if found.is_empty() {
                errors.push(Diagnostic::error(
                    "config",
                    format!("--select: {}", rules::unknown_key(key)),
                ));
            }
            for i in found {
                policy.selected[i] = true;
            }
        }
    }
    for key in keys(&args.ignore, &file.ignore).unwrap_or_default() {
        let found = rules::select(&key);
        if found.is_empty() {
            errors.push(Diagnostic::error(
                "config",
                format!("--ignore: {}", rules::unknown_key(&key)),
            ));
        }
        for i in found {
            policy.selected[i] = false;
        }
    }
    for (key, severity) in file.severity.iter().flatten() {
        for i in rules::select(key) {
            policy.severity[i] = *severity;
        }
    }
    policy.fail_on = args.fail_on.or(file.fail_on).unwrap_or(config::FailOn::Low);
    policy.new_only = args.new_only;
    if let Some(today) = args.today {
        policy.today = today;
    }
    if let Some(c) = &loaded {
        if args.scan.exclude.is_empty() {
            scan_args.exclude = c.exclusions.iter().map(|e| e.glob.clone()).collect();
            policy.exclusions = c.exclusions.clone();
        }
        let cli_files = vars.iter().any(|v| matches!(v, VarArg::File(_)));
        if !cli_files && let Some(files) = &file.var_files {
            let mut with_files = Vec::new();
            for f in files {
                match c.resolve_confined("var-files", f) {
                    Ok(path) => with_files.push(VarArg::File(path)),
                    Err(e) => errors.push(config_error(e)),
                }
            }
            with_files.extend(vars);
            vars = with_files;
        }
    }
    // Paths from the file stay in its repository; those given as flags are the user's.
    let mut from_config = |key: &str, p: &Option<std::path::PathBuf>| {
        let (p, c) = p.as_ref().zip(loaded.as_ref())?;
        c.resolve_confined(key, p)
            .map_err(|e| errors.push(config_error(e)))
            .ok()
    };
    let baseline_from_config = from_config("baseline", &file.baseline_file());
    let exceptions_from_config = from_config("exceptions", &file.exceptions);
    let baseline = args.baseline.clone().or(baseline_from_config);
    if let Some(path) = baseline {
        policy.baseline = read_located(&path, "baseline", suppress::baseline::read, &mut errors);
    }
    let exceptions = args
        .exceptions
        .clone()
        .or(exceptions_from_config)
        .or_else(|| config::find(&first, config::EXCEPTIONS_FILE_NAME));
    if let Some(path) = exceptions {
        policy.exceptions =
            read_located(&path, "exceptions", suppress::exceptions::read, &mut errors);
    }
    policy.config = loaded;
    (policy, scan_args, vars, errors)
}

/// Reads a file named by the policy (the baseline, the exceptions register); an error becomes
/// a diagnostic with `code`, naming the file and, when known, the line.
fn read_located<T>(
    path: &std::path::Path,
    code: &'static str,
    read: impl FnOnce(&std::path::Path) -> Result<T, (Option<usize>, String)>,
    errors: &mut Vec<Diagnostic>,
) -> Option<T> {
    match read(path) {
        Ok(value) => Some(value),
        Err((line, msg)) => {
            let mut d = Diagnostic::error(code, msg).in_file(crate::base::path::display(path));
            if let Some(line) = line {
                d = d.at(line, 1);
            }
            errors.push(d);
            None
        }
    }
}

/// A configuration error as a diagnostic.
fn config_error(e: config::Error) -> Diagnostic {
    let d = Diagnostic::error("config", e.message).in_file(e.file);
    match e.line {
        Some(line) => d.at(line, 1),
        None => d,
    }
}
