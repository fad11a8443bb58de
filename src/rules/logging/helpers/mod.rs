//! Code the logging rules share (each file says what it knows).

pub mod apigw;
pub mod companion;
pub mod opensearch;
pub mod related;
pub mod retention;
