//! Code the cloudtrail rules share (each file says what it knows).

pub mod trail;
