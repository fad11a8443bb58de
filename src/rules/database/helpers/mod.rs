//! Code two or more database rules share.

pub mod rds;
