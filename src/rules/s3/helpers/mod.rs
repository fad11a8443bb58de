//! Code the s3 rules share (each file says what it knows).

pub mod bucket_encryption;
pub mod capability;
pub mod log_targets;
pub mod object_logging;
pub mod public_access_block;
