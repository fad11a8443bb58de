//! `tfgate check`: resolve the policy, scan and check (through the fix loop when fixing),
//! then write the baseline, the evidence, the diff or the fixed files and every report, and
//! decide the exit status. Messages for people go to standard error from here.

use crate::base::plural;
use std::io::Write;
use std::sync::Arc;

use anyhow::Context as _;

use super::pipeline::{check_with, scan, scan_with};
use super::policy::resolve_policy;
use super::{fix_loop, with_output};
use crate::cli::{self, VarArg};
use crate::scan::Status;
use crate::{finding, report, suppress};

/// `tfgate check` (and `tfgate drift`, `drift` true: only drift findings): scan, check, fix
/// when asked, write every report, and decide the status.
pub fn check_command(
    args: &cli::CheckArgs,
    vars: &[VarArg],
    env_vars: Vec<(String, String)>,
    drift: bool,
    out: &mut dyn Write,
) -> anyhow::Result<Status> {
    let first = args
        .scan
        .paths
        .first()
        .cloned()
        .unwrap_or_else(|| std::path::PathBuf::from("."));
    // The policies become rules before the configuration's rule keys are checked.
    let policies = super::policies::setup(&first, args.config.as_deref(), &args.policy);
    let (mut policy, scan_args, vars, mut setup_errors) = resolve_policy(args, vars);
    setup_errors.extend(policies.diagnostics);
    policy.drift_only = drift;
    let vars = &vars[..];
    let fixing = args.fix || args.diff || args.unsafe_fixes;
    let (mut scan, fixed) = if fixing {
        let outcome = fix_loop::fix_loop(args.unsafe_fixes, |overlay| {
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
            "Recorded {} in the baseline {}.",
            plural::count(n, "finding", "findings"),
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
    let status = scan.status();
    let reporting = std::time::Instant::now();
    if let Some(path) = &args.evidence {
        let first = scan.scanned.first().cloned().unwrap_or_else(|| ".".into());
        let git = crate::load::git::head(&first);
        let mut record = Vec::new();
        report::evidence::write(
            &scan,
            status.code(),
            git.as_ref()
                .map(|h| (h.commit.as_str(), h.reference.as_deref())),
            &mut record,
        )
        .and_then(|()| std::fs::write(path, record))
        .with_context(|| format!("cannot write the evidence to {}", path.display()))?;
    }
    if let Some((changed, applied)) = &fixed {
        if args.diff {
            // Standard output carries the diff alone, so it can be piped to `git apply`.
            let mut buffered = std::io::BufWriter::new(&mut *out);
            report::diff::write(changed, &mut buffered)?;
            buffered.flush()?;
            let mut err = std::io::stderr().lock();
            let remain = scan.results.as_ref().map_or(0, |r| r.findings.len());
            if changed.is_empty() {
                // `git apply` reads an empty diff as "No valid patches in input": say
                // here that there is nothing to apply.
                writeln!(
                    err,
                    "Nothing to fix: no fix applies, so the diff on standard output is empty ({} remain).",
                    plural::count(remain, "finding", "findings")
                )?;
            } else {
                writeln!(
                    err,
                    "{} would be fixed in {}; {} would remain.",
                    plural::count(*applied, "finding", "findings"),
                    plural::count(changed.len(), "file", "files"),
                    remain
                )?;
            }
            // Nothing was written: the tree on disk still has what the diff fixes.
            let pending = if changed.is_empty() {
                status
            } else {
                Status::Findings.max_with(status)
            };
            std::mem::forget(scan);
            return Ok(pending);
        }
        fix_loop::write_files(changed).context("cannot write fixed files")?;
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
    let write_one =
        |format: report::Format, color: bool, w: &mut dyn Write| -> std::io::Result<()> {
            if let (Some((changed, applied)), report::Format::Text) = (&fixed, format) {
                writeln!(
                    w,
                    "Applied {} in {}; re-checked the fixed code.\n",
                    plural::count(*applied, "fix", "fixes"),
                    plural::count(changed.len(), "file", "files")
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
        report::timings::write(&scan, reporting.elapsed(), &mut std::io::stderr().lock())?;
    }
    // The process ends next: freeing the workspace piece by piece would cost about a
    // twentieth of the scan for nothing.
    std::mem::forget(scan);
    Ok(status)
}
