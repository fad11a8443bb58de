//! tfgate: checks Terraform against a secure configuration baseline before it is deployed.
//!
//! The data flow of a run ([`app::run`]), and the function behind each step:
//!
//! 1. arguments: [`cli::parse`]; the team's policy files registered as rules:
//!    [`app::policies::setup`]; the policy from `.tfgate.toml` and the flags:
//!    [`app::policy::resolve_policy`];
//! 2. discover and parse: [`load::load`] walks the paths ([`load::discover`]), reads and
//!    parses the files in parallel ([`load::hcl`], [`load::json_syntax`]) into tfgate's own
//!    syntax tree ([`load::syntax`]) and builds the module tree
//!    ([`load::module::ModuleConfig::build`]); `--var-file`s: [`load::vars::read`];
//! 3. evaluate: [`eval::evaluate`] evaluates every root module like `terraform plan` into
//!    resource instances ([`model::Workspace`]); plans: [`load::attach::attach_plans`];
//! 4. link and check: [`rules::run_by_root`] links each root ([`link::Links::build_range`])
//!    and runs the registry ([`rules::RULES`]) into [`finding::Finding`]s; the team's
//!    policies: [`tfpolicy::run::run`];
//! 5. fixes and suppressions: [`fix::plan`] places each remedy; [`suppress::apply_comments`],
//!    [`suppress::exceptions::apply`] and [`suppress::baseline::apply`] mark what is
//!    documented; [`finding::sort`] puts the findings in report order (all in
//!    [`app::pipeline::check_with`]); `--fix`/`--diff` repeat through [`app::fix_loop`];
//! 6. report: [`report::write`] renders the [`scan::Scan`] in the chosen format;
//! 7. exit status: [`scan::Scan::status`]: 0 clean, 1 findings, 2 errors in the input.
//!
//! Folders depend on the ones below them only; ARCHITECTURE.md has the table, and
//! `tests/layering.rs` holds the code to it.

pub mod app;
pub mod base;
pub mod cli;
pub mod config;
pub mod eval;
pub mod finding;
pub mod fix;
pub mod link;
pub mod load;
pub mod model;
pub mod report;
pub mod rules;
pub mod scan;
pub mod suppress;
pub mod tfpolicy;

pub use app::run;
