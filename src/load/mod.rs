//! Loading: discovery, parsing and lowering of Terraform files.
pub mod hcl;
pub mod syntax;
