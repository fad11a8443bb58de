//! Code the network rules share (each file says what it knows).

pub mod exposure;
pub mod nacl;
