//! Code the encryption rules share (each file says what it knows).

pub mod ebs;
pub mod efs;
pub mod elasticache;
pub mod rds;
