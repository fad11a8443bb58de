//! Code the secrets rules share (each file says what it knows).

pub mod env;
pub mod shapes;
pub mod written;
