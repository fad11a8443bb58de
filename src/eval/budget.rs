//! What one root's evaluation may spend, whatever the input: work (steps), the size of one
//! value, memory for the values built (shared by every root of the run), and instances
//! (resources, module calls and `dynamic` blocks, across nested fan-out).
//!
//! A few lines can ask for exponential work or memory: locals that each double a template,
//! a tuple holding the previous one twice (small while shared, exponential once a function
//! or `==` walks it), module calls with `count` nested in each other. So values are
//! accounted as they are built (string bytes, collection elements), the functions that
//! walk whole values and `==` count the nodes they will visit before they start, and every
//! expansion counts its instances; the first limit reached stops the root's evaluation with
//! an input error naming it (the rest of the root's values are unknown).

use std::cell::Cell;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::model::value::Value;

/// Bytes a value in a collection is accounted as (its slot; strings add their length).
pub const ELEMENT_BYTES: u64 = 32;
/// Bytes an instance is accounted as (its address, body and bookkeeping, roughly).
pub const INSTANCE_BYTES: u64 = 512;
/// Memory accounted locally before it is added to the run's shared total.
const FLUSH_BYTES: u64 = 1 << 20;

/// A limit reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    Steps,
    ValueSize,
    Memory,
    Instances,
}

/// The settings the limits come from.
#[derive(Clone, Debug)]
pub struct Limits {
    /// `--max-eval-steps`, per root.
    pub steps: u64,
    /// `--max-value-size`: bytes of one string, or of what one function call walks.
    pub value_size: u64,
    /// `--max-memory`: bytes of values built by the whole run.
    pub memory: u64,
    /// `--max-total-instances`, per root.
    pub instances: u64,
    /// The run's memory spent so far, shared by every root.
    pub spent: Arc<AtomicU64>,
}

/// One root's account.
pub struct Budget {
    limits: Limits,
    steps: Cell<u64>,
    unflushed: Cell<u64>,
    instances: Cell<u64>,
    /// The first limit reached, reported once when the root ends.
    reached: Cell<Option<Limit>>,
}

impl Budget {
    pub fn new(limits: Limits) -> Budget {
        Budget {
            limits,
            steps: Cell::new(0),
            unflushed: Cell::new(0),
            instances: Cell::new(0),
            reached: Cell::new(None),
        }
    }

    /// The first limit reached, if any.
    pub fn reached(&self) -> Option<Limit> {
        self.reached.get()
    }

    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    fn stop(&self, limit: Limit) -> Limit {
        if self.reached.get().is_none() {
            self.reached.set(Some(limit));
        }
        limit
    }

    /// Counts `n` steps of work.
    pub fn steps(&self, n: u64) -> Result<(), Limit> {
        let total = self.steps.get().saturating_add(n);
        self.steps.set(total);
        if total >= self.limits.steps {
            return Err(self.stop(Limit::Steps));
        }
        Ok(())
    }

    /// Accounts `bytes` of values built; one string or walk of more than the value size
    /// limit, or the run's values outgrowing the memory limit, stops the evaluation.
    pub fn bytes(&self, bytes: u64) -> Result<(), Limit> {
        if bytes > self.limits.value_size {
            return Err(self.stop(Limit::ValueSize));
        }
        let local = self.unflushed.get().saturating_add(bytes);
        if local < FLUSH_BYTES && local < self.limits.memory {
            self.unflushed.set(local);
            return Ok(());
        }
        self.unflushed.set(0);
        let total = self
            .limits
            .spent
            .fetch_add(local, Ordering::Relaxed)
            .saturating_add(local);
        if total > self.limits.memory {
            return Err(self.stop(Limit::Memory));
        }
        Ok(())
    }

    /// Counts `n` instances of a resource, module call or `dynamic` block (each also
    /// accounted as [`INSTANCE_BYTES`] of memory).
    pub fn instances(&self, n: u64) -> Result<(), Limit> {
        let total = self.instances.get().saturating_add(n);
        self.instances.set(total);
        if total > self.limits.instances {
            return Err(self.stop(Limit::Instances));
        }
        self.bytes(n.saturating_mul(INSTANCE_BYTES).min(self.limits.value_size))
    }

    /// Counts the work of walking `values` whole (what `jsonencode`, `flatten` or `==` do),
    /// before it starts: one step per node, and the bytes of the strings in it against the
    /// value size limit. The walk that counts stops as soon as a limit is passed, so
    /// counting costs at most what the limits allow, however large shared values expand.
    pub fn walk(&self, values: &[&Value]) -> Result<(), Limit> {
        let remaining = self.limits.steps.saturating_sub(self.steps.get());
        let mut nodes = 0u64;
        let mut bytes = 0u64;
        let mut stack: Vec<&Value> = values.to_vec();
        while let Some(v) = stack.pop() {
            nodes += 1;
            if nodes > remaining {
                return self.steps(nodes);
            }
            match v {
                Value::String(s) => {
                    bytes = bytes.saturating_add(s.len() as u64);
                    if bytes > self.limits.value_size {
                        return Err(self.stop(Limit::ValueSize));
                    }
                }
                Value::List(items) | Value::Set(items) => stack.extend(items.iter()),
                Value::Object(obj) => stack.extend(obj.fields.values()),
                Value::Null | Value::Bool(_) | Value::Number(_) | Value::Unknown(_) => {}
            }
        }
        self.steps(nodes)
    }
}

/// The bytes a value built now is accounted as: a string's length, a collection's slots
/// (its elements were accounted when they were built).
pub fn shallow_bytes(v: &Value) -> u64 {
    match v {
        Value::String(s) => s.len() as u64,
        Value::List(items) | Value::Set(items) => items.len() as u64 * ELEMENT_BYTES,
        Value::Object(obj) => obj.fields.len() as u64 * ELEMENT_BYTES * 2,
        Value::Null | Value::Bool(_) | Value::Number(_) | Value::Unknown(_) => 0,
    }
}

/// Parses a size: bytes, or with a K, M or G suffix (powers of 1024), as `--max-memory`
/// and `--max-value-size` take it.
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let (digits, unit) = match t.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => t.split_at(i),
        None => (t, ""),
    };
    let n: u64 = digits
        .parse()
        .map_err(|_| format!("`{s}` is not a size (bytes, or a number with K, M or G)"))?;
    let shift = match unit
        .to_ascii_uppercase()
        .trim_end_matches("IB")
        .trim_end_matches('B')
    {
        "" => 0,
        "K" => 10,
        "M" => 20,
        "G" => 30,
        _ => {
            return Err(format!(
                "`{s}` is not a size (bytes, or a number with K, M or G)"
            ));
        }
    };
    n.checked_mul(1 << shift)
        .ok_or_else(|| format!("`{s}` is too large"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn budget(steps: u64, value_size: u64, memory: u64) -> Budget {
        Budget::new(Limits {
            steps,
            value_size,
            memory,
            instances: 10,
            spent: Arc::default(),
        })
    }

    #[test]
    fn sizes() {
        let cases = [
            ("4096", Some(4096)),
            ("16M", Some(16 << 20)),
            ("2G", Some(2 << 30)),
            ("64KiB", Some(64 << 10)),
            ("1mb", Some(1 << 20)),
            ("x", None),
            ("5T", None),
        ];
        for (s, expected) in cases {
            assert_eq!(parse_size(s).ok(), expected, "{s}");
        }
    }

    #[test]
    fn walks_of_shared_values_stop_at_the_limit() {
        // 2^60 nodes once expanded, a few hundred bytes in memory.
        let mut v = Value::list(vec![Value::string("x"), Value::string("y")]);
        for _ in 0..60 {
            v = Value::list(vec![v.clone(), v]);
        }
        let b = budget(10_000, 1 << 20, 1 << 30);
        assert_eq!(b.walk(&[&v]), Err(Limit::Steps));
        assert_eq!(b.reached(), Some(Limit::Steps));
        let b = budget(u64::MAX, 1 << 10, 1 << 30);
        let big = Value::list(vec![Value::string("z".repeat(600)); 2]);
        assert_eq!(b.walk(&[&big]), Err(Limit::ValueSize));
    }

    #[test]
    fn memory_is_shared_and_counted_in_chunks() {
        let b = budget(u64::MAX, 1 << 20, 3 << 20);
        assert!(b.bytes(900 << 10).is_ok());
        assert!(b.bytes(900 << 10).is_ok());
        assert!(b.bytes(900 << 10).is_ok());
        assert_eq!(b.bytes(900 << 10), Err(Limit::Memory));
        assert_eq!(b.bytes(2 << 20), Err(Limit::ValueSize));
        assert_eq!(b.instances(11), Err(Limit::Instances));
        assert_eq!(b.reached(), Some(Limit::Memory));
    }
}
