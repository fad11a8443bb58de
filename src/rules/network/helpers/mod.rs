//! Code the network rules share (each file says what it knows).

pub mod description;
pub mod exposure;
pub mod nacl;
pub mod ranges;
