//! The stack tfgate's recursion needs, and threads that have it.
//!
//! Parsing recurses once per nesting level (hcl-edit refuses more than 64 levels of brackets,
//! templates and blocks and 128 operators on a path; tfgate's JSON syntax and plan parsers
//! refuse more than 512 levels), and so do lowering and the walks over parsed trees;
//! evaluation recurses once per nested reference (`local.a` -> `local.b` -> ..., up to
//! [`crate::eval::module::MAX_REFERENCE_DEPTH`]) and values are as deep. The main thread and
//! the threads of the standard library and rayon have a few MiB, which an unoptimised build
//! can exhaust within those limits, so everything that parses or evaluates runs on threads
//! with [`STACK_SIZE`]: a reservation of address space, of which only what is used is ever
//! touched. The fuzz targets run on such a thread too, so they see what production sees.

/// Stack of every thread that parses or evaluates: room for the nesting limits above in an
/// unoptimised build.
pub const STACK_SIZE: usize = 512 * 1024 * 1024;

/// The run's thread pool for parsing and evaluation, whose threads have [`STACK_SIZE`] (made
/// on first use, shared by every stage and pass); `None` when the system refuses one (the
/// caller then runs on the threads it has).
pub fn pool() -> Option<&'static rayon::ThreadPool> {
    static POOL: std::sync::OnceLock<Option<rayon::ThreadPool>> = std::sync::OnceLock::new();
    POOL.get_or_init(|| {
        rayon::ThreadPoolBuilder::new()
            .stack_size(STACK_SIZE)
            .build()
            .ok()
    })
    .as_ref()
}

/// Runs `f` on a new thread with [`STACK_SIZE`] and returns its result; a panic in `f`
/// continues in the caller (for callers on a thread whose stack is not known: the fuzz
/// targets, tools).
pub fn with_stack<R: Send>(f: impl FnOnce() -> R + Send) -> R {
    std::thread::scope(|s| {
        std::thread::Builder::new()
            .stack_size(STACK_SIZE)
            .spawn_scoped(s, f)
            .expect("a thread with tfgate's stack size")
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}
