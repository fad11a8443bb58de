//! tfgate library.
pub mod eval;
pub mod load;
