//! Evaluation: turns loaded modules into resource instances, like `terraform plan` without
//! providers. Each root module is evaluated on its own (in parallel); module calls are
//! evaluated once per call instance, in the caller's context.

pub mod budget;
pub mod expr;
pub mod functions;
pub mod module;
pub mod types;

use rayon::prelude::*;

use crate::base::diag::Diagnostic;
use crate::load::Loaded;
use crate::load::vars::VarInput;
use crate::model::Workspace;

/// Default cap on instances of one resource or module call (`--max-instances`).
pub const DEFAULT_MAX_INSTANCES: usize = 10_000;
/// Default cap on evaluation steps per root module (`--max-eval-steps`).
pub const DEFAULT_MAX_STEPS: u64 = 50_000_000;
/// Default cap on one string, or on what one function call or `==` walks (`--max-value-size`).
pub const DEFAULT_MAX_VALUE_SIZE: u64 = 64 * 1024 * 1024;
/// Default cap on the values a run builds (`--max-memory`): room on a 7 GB CI runner.
pub const DEFAULT_MAX_MEMORY: u64 = 2 * 1024 * 1024 * 1024;
/// Default cap on resource, module and `dynamic` block instances per root module
/// (`--max-total-instances`), across nested module fan-out.
pub const DEFAULT_MAX_TOTAL_INSTANCES: u64 = 200_000;

/// Deepest module nesting evaluated by default.
pub const DEFAULT_MAX_MODULE_DEPTH: usize = 32;

/// Settings for evaluation.
#[derive(Clone, Debug)]
pub struct EvalOptions {
    /// `TF_VAR_name` values, by name.
    pub env_vars: Vec<(String, String)>,
    pub cli_vars: Vec<VarInput>,
    pub max_instances: usize,
    pub max_steps: u64,
    /// Deepest module nesting evaluated (`--max-module-depth`).
    pub max_module_depth: usize,
    /// A module not downloaded is an error, not a warning (`--require-modules`).
    pub require_modules: bool,
    pub max_value_size: u64,
    pub max_memory: u64,
    pub max_total_instances: u64,
    /// The memory the run's values took so far, shared by its roots.
    pub memory_spent: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

impl Default for EvalOptions {
    fn default() -> Self {
        EvalOptions {
            env_vars: Vec::new(),
            cli_vars: Vec::new(),
            max_instances: DEFAULT_MAX_INSTANCES,
            max_steps: DEFAULT_MAX_STEPS,
            max_module_depth: DEFAULT_MAX_MODULE_DEPTH,
            require_modules: false,
            max_value_size: DEFAULT_MAX_VALUE_SIZE,
            max_memory: DEFAULT_MAX_MEMORY,
            max_total_instances: DEFAULT_MAX_TOTAL_INSTANCES,
            memory_spent: Default::default(),
        }
    }
}

/// Evaluates every root module; returns the workspace and the diagnostics found.
pub fn evaluate(loaded: &Loaded, options: &EvalOptions) -> (Workspace, Vec<Diagnostic>) {
    // Evaluation recurses once per nested reference (bounded by MAX_REFERENCE_DEPTH), which
    // needs more stack than rayon's default; the memory is only reserved, not used.
    match crate::base::stack::pool() {
        Some(pool) => pool.install(|| evaluate_roots(loaded, options)),
        None => evaluate_roots(loaded, options),
    }
}

/// Root indexes, costliest first: a root's cost is the source size of its module and of every
/// module it runs (local calls and those `terraform init` downloaded), counted once per call.
/// Ties keep root order.
fn costliest_first(loaded: &Loaded) -> Vec<usize> {
    let own: Vec<u64> = loaded
        .modules
        .iter()
        .map(|m| {
            m.files
                .iter()
                .map(|&f| loaded.files.get(f).text.len() as u64)
                .sum()
        })
        .collect();
    let mut memo: Vec<Option<u64>> = vec![None; loaded.modules.len()];
    let mut order: Vec<(u64, usize)> = loaded
        .roots
        .iter()
        .enumerate()
        .map(|(i, root)| {
            let downloaded = root
                .registry
                .values()
                .fold(0u64, |sum, &m| sum.saturating_add(own[m]));
            let cost = module_cost(loaded, &own, &mut memo, root.module).saturating_add(downloaded);
            (cost, i)
        })
        .collect();
    order.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    order.into_iter().map(|(_, i)| i).collect()
}

/// A module's own size plus that of the local modules it calls, computed once per module; a
/// call back into a module still being counted (a cycle, which evaluation reports) adds
/// nothing.
fn module_cost(loaded: &Loaded, own: &[u64], memo: &mut [Option<u64>], module: usize) -> u64 {
    if let Some(cost) = memo[module] {
        return cost;
    }
    memo[module] = Some(0);
    let mut cost = own[module];
    let targets = loaded
        .local_targets
        .get(module)
        .map_or(&[][..], Vec::as_slice);
    for &target in targets.iter().flatten() {
        cost = cost.saturating_add(module_cost(loaded, own, memo, target));
    }
    memo[module] = Some(cost);
    cost
}

fn evaluate_roots(loaded: &Loaded, options: &EvalOptions) -> (Workspace, Vec<Diagnostic>) {
    let files = functions::FileCache::default();
    // Roots start costliest first and each idle thread takes the next one, so the run does not
    // end with one core evaluating a large root while the other waits.
    let mut results: Vec<(usize, module::RootResult)> = costliest_first(loaded)
        .into_iter()
        .par_bridge()
        .map(|i| {
            let root = &loaded.roots[i];
            // An evaluator bug must not take the whole run down: the root is reported as an
            // error (fail closed) and every other root is still evaluated.
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let mut result = module::evaluate_root(loaded, root, options, &files);
                // The workspace is ordered by root and address: sorting here, in parallel,
                // leaves the final sort sorted runs to merge.
                result
                    .instances
                    .sort_by(crate::model::Instance::workspace_order);
                result
            }))
            .unwrap_or_else(|_| module::RootResult {
                instances: Vec::new(),
                modules: Vec::new(),
                diagnostics: vec![Diagnostic::error(
                    "internal-error",
                    "tfgate failed while evaluating this root module; please report it. Its resources were not checked",
                )
                .in_file(crate::base::path::display(&loaded.modules[root.module].dir))],
                stats: Default::default(),
                secrets: Default::default(),
            });
            (i, result)
        })
        .collect();
    // Back in root order, so nothing downstream depends on scheduling.
    results.sort_unstable_by_key(|(i, _)| *i);
    let results: Vec<module::RootResult> = results.into_iter().map(|(_, r)| r).collect();
    let mut ws = Workspace::default();
    ws.instances
        .reserve_exact(results.iter().map(|r| r.instances.len()).sum());
    ws.modules
        .reserve_exact(results.iter().map(|r| r.modules.len()).sum());
    let mut diags = Vec::new();
    for r in results {
        ws.instances.extend(r.instances);
        ws.modules.extend(r.modules);
        diags.extend(r.diagnostics);
        ws.secrets.extend(&r.secrets);
        ws.stats.unknown_expansions += r.stats.unknown_expansions;
        ws.stats.unknown_dynamic_blocks += r.stats.unknown_dynamic_blocks;
        ws.stats.unknown_module_expansions += r.stats.unknown_module_expansions;
        ws.stats.known_values += r.stats.known_values;
        ws.stats.unknown_values += r.stats.unknown_values;
        ws.stats
            .modules_not_downloaded
            .extend(r.stats.modules_not_downloaded);
    }
    (ws, diags)
}
