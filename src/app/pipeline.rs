//! The pipeline of a run, one function per step: [`scan`] loads, evaluates and attaches
//! plans; [`check_with`] links, runs the rules, places fixes and applies the policy
//! (severities, suppression comments, the exceptions register, the baseline), then sorts the
//! findings into report order.

use std::sync::Arc;

use crate::cli::{ScanArgs, VarArg};
use crate::eval::{self, EvalOptions};
use crate::load;
use crate::scan::{Governance, Policy, Scan};
use crate::{finding, fix, model, rules, suppress};

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
    let cli_vars = load::vars::read(&mut loaded, vars, args.max_file_size, &mut diagnostics);
    let options = EvalOptions {
        env_vars,
        cli_vars,
        max_instances: args.max_instances,
        max_steps: args.max_eval_steps,
        max_module_depth: args.max_module_depth,
        require_modules: args.require_modules,
        max_value_size: args.max_value_size,
        max_memory: args.max_memory,
        max_total_instances: args.max_total_instances,
        memory_spent: Default::default(),
    };
    let mut timings = loaded.timings.clone();
    let loaded_at = std::time::Instant::now();
    timings.push(("load (total)", loaded_at - started));
    let (mut workspace, eval_diags) = eval::evaluate(&loaded, &options);
    diagnostics.extend(eval_diags);
    let evaluated_at = std::time::Instant::now();
    timings.push(("evaluate", evaluated_at - loaded_at));
    load::attach::attach_plans(
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
            .map(|p| crate::base::path::normalize(p))
            .collect(),
        governance: Governance::default(),
    }
}

/// What the account rules know beyond the instances: the configuration's `[account]
/// managed-elsewhere` and the roots that call a module that was not downloaded.
fn account_context(scan: &Scan, policy: &Policy) -> crate::link::account::Context {
    let ws = &scan.workspace;
    let mut dirs = std::collections::HashSet::new();
    if !ws.stats.modules_not_downloaded.is_empty() {
        for m in &scan.loaded.modules {
            if m.calls.iter().any(|c| {
                ws.stats
                    .modules_not_downloaded
                    .contains(&(c.loc.file.0, c.loc.span.start))
            }) {
                dirs.insert(crate::base::path::display(&m.dir));
            }
        }
    }
    crate::link::account::Context {
        providers: Some(crate::link::account::aws_providers(ws)),
        elsewhere: crate::link::account::Elsewhere::new(
            policy
                .config
                .iter()
                .flat_map(|c| c.managed_elsewhere.iter().copied()),
        ),
        unseen_modules: ws
            .modules
            .iter()
            .filter(|m| dirs.contains(&m.dir))
            .map(|m| m.root.to_string())
            .collect(),
    }
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
    let account = std::sync::Arc::new(account_context(scan, policy));
    let mut results =
        rules::run_by_root_with(&scan.workspace, &selected, policy.time_rules, &account);
    rules::change::judge_changes(&scan.workspace, &mut results.findings, &selected);
    let (drift, quiet) = rules::change::drift_findings(&scan.workspace, &selected);
    for f in drift {
        // A finding the plan's after state already gives says it once.
        let twin = results
            .findings
            .iter()
            .any(|g| g.rule == f.rule && g.resource == f.resource);
        if policy.drift_only || !twin {
            results.findings.push(f);
        }
    }
    for (root, address, what) in quiet {
        scan.diagnostics.push(
            crate::base::diag::Diagnostic::warning(
                "drift",
                crate::base::escape::control(&format!(
                    "{address} changed outside Terraform, breaking no rule: {what}"
                ))
                .into_owned(),
            )
            .in_file(root.to_string()),
        );
    }
    // Messages quote evaluated values: a sensitive one never reaches a report or the baseline.
    let scrubber = (!scan.workspace.secrets.is_empty()).then(|| scan.workspace.secrets.scrubber());
    if let Some(scrubber) = &scrubber {
        use rayon::prelude::*;
        results
            .findings
            .par_iter_mut()
            .for_each(|f| scrubber.scrub_in_place(&mut f.message));
    }
    // The team's policies judge the after state only: their findings claim nothing about
    // before (`--new-only` counts them). Their messages are scrubbed where they are made.
    let rules_done = std::time::Instant::now();
    if let Some(set) = crate::tfpolicy::installed() {
        let ran = crate::tfpolicy::run::run(
            set,
            &scan.workspace,
            &scan.loaded,
            &policy.selected,
            scrubber.as_ref(),
        );
        results.findings.extend(ran.findings);
        for (rule, mut stats) in ran.stats {
            results.stats[rule].append(&mut stats);
        }
        scan.diagnostics.extend(ran.diagnostics);
    }
    if let Some(scrubber) = &scrubber {
        for d in &mut scan.diagnostics {
            scrubber.scrub_in_place(&mut d.message);
        }
    }
    let policies_done = std::time::Instant::now();
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
        .push(("link and rules (by root)", rules_done - started));
    scan.timings.push(("policies", policies_done - rules_done));
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
    let foreign_suppressions = applied.foreign;
    for f in &mut results.findings {
        f.severity = policy.severity[f.rule];
    }
    // The baseline document's review date, and what the evidence records of it.
    results.findings.extend(crate::tfpolicy::review_finding(
        policy.config.as_ref(),
        policy.today,
    ));
    let mut governance = Governance {
        policy: Some(policy.clone()),
        baseline_document: crate::tfpolicy::document::evidence_json(policy.config.as_ref()),
        foreign_suppressions,
        ..Governance::default()
    };
    if let Some(register) = &policy.exceptions {
        let outcome = suppress::exceptions::apply(register, &mut results.findings, policy.today);
        governance.exceptions = Some((register.clone(), outcome));
    }
    if let Some(baseline) = &policy.baseline {
        governance.stale_baseline = suppress::baseline::apply(baseline, &mut results.findings);
    }
    if policy.drift_only {
        results
            .findings
            .retain(|f| f.change == Some(finding::Change::Drift));
    }
    finding::sort(&mut results.findings);
    scan.timings.push(("suppressions", suppressing.elapsed()));
    scan.results = Some(results);
    scan.governance = governance;
}
