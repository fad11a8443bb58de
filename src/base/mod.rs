//! Ground vocabulary every stage shares, with no dependency on any stage: places in source
//! files ([`span`]) and the files themselves ([`source`]), display paths ([`path`]),
//! problems with the input ([`diag`]), calendar dates ([`date`]), hex text ([`hex`]) and
//! the `*` wildcard matcher ([`wildcard`]).

pub mod date;
pub mod diag;
pub mod hex;
pub mod path;
pub mod source;
pub mod span;
pub mod wildcard;
