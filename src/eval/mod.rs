//! Evaluation: turns a module tree into resource instances, like `terraform plan` without
//! providers.

pub mod functions;
pub mod value;
