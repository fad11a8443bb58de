//! Evaluation: turns loaded modules into resource instances, like `terraform plan` without
//! providers. Each root module is evaluated on its own (in parallel); module calls are
//! evaluated once per call instance, in the caller's context.

pub mod expr;
pub mod functions;
pub mod module;
pub mod types;
pub mod value;

use rayon::prelude::*;

use crate::diag::Diagnostic;
use crate::load::Loaded;
use crate::load::syntax::{Attribute, FileId};
use crate::model::Workspace;

/// Default cap on instances of one resource or module call (`--max-instances`).
pub const DEFAULT_MAX_INSTANCES: usize = 10_000;
/// Default cap on evaluation steps per root module (`--max-eval-steps`).
pub const DEFAULT_MAX_STEPS: u64 = 50_000_000;

/// A value for root module variables from the command line, in command-line order.
#[derive(Clone, Debug)]
pub enum VarInput {
    /// `--var-file`: its parsed attributes.
    File(FileId, Vec<Attribute>),
    /// `--var NAME=VALUE`
    Raw(String, String),
}

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
}

impl Default for EvalOptions {
    fn default() -> Self {
        EvalOptions {
            env_vars: Vec::new(),
            cli_vars: Vec::new(),
            max_instances: DEFAULT_MAX_INSTANCES,
            max_steps: DEFAULT_MAX_STEPS,
            max_module_depth: DEFAULT_MAX_MODULE_DEPTH,
        }
    }
}

/// Evaluates every root module; returns the workspace and the diagnostics found.
pub fn evaluate(loaded: &Loaded, options: &EvalOptions) -> (Workspace, Vec<Diagnostic>) {
    // Evaluation recurses once per nested reference (bounded by MAX_REFERENCE_DEPTH), which
    // needs more stack than rayon's default; the memory is only reserved, not used.
    let pool = rayon::ThreadPoolBuilder::new()
        .stack_size(EVAL_STACK_SIZE)
        .build();
    match pool {
        Ok(pool) => pool.install(|| evaluate_roots(loaded, options)),
        Err(_) => evaluate_roots(loaded, options),
    }
}

/// Stack for evaluation threads: room for `MAX_REFERENCE_DEPTH` nested references even in
/// an unoptimised build.
const EVAL_STACK_SIZE: usize = 512 * 1024 * 1024;

fn evaluate_roots(loaded: &Loaded, options: &EvalOptions) -> (Workspace, Vec<Diagnostic>) {
    let files = functions::FileCache::default();
    let results: Vec<module::RootResult> = loaded
        .roots
        .par_iter()
        .map(|root| {
            // An evaluator bug must not take the whole run down: the root is reported as an
            // error (fail closed) and every other root is still evaluated.
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
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
                .in_file(loaded.modules[root.module].dir.to_string_lossy().replace('\\', "/"))],
                stats: Default::default(),
            })
        })
        .collect();
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
        ws.stats.unknown_expansions += r.stats.unknown_expansions;
        ws.stats.unknown_dynamic_blocks += r.stats.unknown_dynamic_blocks;
        ws.stats.unknown_module_expansions += r.stats.unknown_module_expansions;
        ws.stats.known_values += r.stats.known_values;
        ws.stats.unknown_values += r.stats.unknown_values;
    }
    (ws, diags)
}
