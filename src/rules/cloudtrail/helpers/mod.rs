//! Code the cloudtrail rules share (each file says what it knows).

pub mod cis;
pub mod filter_pattern;
pub mod trail;
