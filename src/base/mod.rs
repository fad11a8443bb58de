//! Ground vocabulary every stage shares, with no dependency on any stage: places in source
//! files ([`span`]) and the files themselves ([`source`]), display paths ([`path`]),
//! problems with the input ([`diag`]), calendar dates ([`date`]), hex text ([`hex`]) and
//! the `*` wildcard matcher ([`wildcard`]), the escaping of scanned content for the formats
//! it is printed in ([`escape`]), sensitive values kept out of every output ([`redact`]), the stack of threads that parse and evaluate
//! ([`stack`]) and bounded reads of regular files in the tree ([`read`]).

pub mod date;
pub mod diag;
pub mod escape;
pub mod hex;
pub mod path;
pub mod plural;
pub mod read;
pub mod redact;
pub mod source;
pub mod span;
pub mod stack;
pub mod wildcard;
