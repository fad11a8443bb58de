//! `tfgate check --format json`: the machine-readable contract (`tool`, `findings`,
//! `errors`, `warnings`, `summary`).
//!
//! Findings are serialised straight from the findings (no JSON tree), in parallel batches
//! written in order, so a report of tens of thousands of findings never exists whole in
//! memory, as a tree or as text.

use serde::Serialize;
use serde_json::json;

use super::{FindingJson, diagnostics_json, rule_stats_json, summary_json, tool_json};
use crate::Scan;
use crate::diag::Level;

/// Writes the check report as JSON. The findings, most of a large report, are rendered in
/// parallel in batches and written in order; the text is the same as serde_json's pretty
/// printer would produce for the whole document.
pub fn write(scan: &Scan, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    use std::io::Write as _;
    let all = scan.results.as_ref().map_or(&[][..], |r| &r.findings[..]);
    let active = all.iter().filter(|f| f.is_active()).count();
    let mut summary = summary_json(scan);
    if let Some(obj) = summary.as_object_mut() {
        obj.insert("findings".into(), json!(active));
        obj.insert("suppressed".into(), json!(all.len() - active));
        obj.insert("governance".into(), super::governance_json(scan));
        obj.insert("rules".into(), rule_stats_json(scan));
    }
    let mut out = std::io::BufWriter::with_capacity(64 * 1024, w);
    out.write_all(b"{\n  \"tool\": ")?;
    write_at(&mut out, 1, &tool_json())?;
    out.write_all(b",\n  \"findings\": ")?;
    write_array_at(&mut out, 1, all, |f| FindingJson::new(scan, f))?;
    out.write_all(b",\n  \"errors\": ")?;
    write_at(&mut out, 1, &diagnostics_json(scan, Level::Error))?;
    out.write_all(b",\n  \"warnings\": ")?;
    write_at(&mut out, 1, &diagnostics_json(scan, Level::Warning))?;
    out.write_all(b",\n  \"summary\": ")?;
    write_at(&mut out, 1, &summary)?;
    out.write_all(b"\n}\n")?;
    out.flush()
}

/// Serialises `value` pretty-printed as if nested `depth` levels deep.
fn write_at(
    w: &mut impl std::io::Write,
    depth: usize,
    value: &impl Serialize,
) -> std::io::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(w, Pretty::at(depth));
    value.serialize(&mut ser).map_err(std::io::Error::from)
}

/// Findings per batch: each batch is rendered in parallel, then written, so memory holds
/// one batch of text rather than the whole report.
const BATCH: usize = 8192;

/// Writes `items` as a pretty-printed JSON array nested `depth` levels deep, rendering the
/// elements in parallel.
fn write_array_at<'a, T: Sync + 'a, S: Serialize>(
    w: &mut impl std::io::Write,
    depth: usize,
    items: &'a [T],
    view: impl Fn(&'a T) -> S + Sync,
) -> std::io::Result<()> {
    use rayon::prelude::*;
    if items.is_empty() {
        return w.write_all(b"[]");
    }
    let mut separator = b"\n".to_vec();
    separator.resize(1 + 2 * (depth + 1), b' ');
    let mut comma = b",".to_vec();
    comma.extend_from_slice(&separator);
    w.write_all(b"[")?;
    for (b, batch) in items.chunks(BATCH).enumerate() {
        let parts: Vec<std::io::Result<Vec<u8>>> = batch
            .par_chunks(256)
            .enumerate()
            .map(|(c, chunk)| {
                let mut buf = Vec::with_capacity(chunk.len() * 1024);
                for (k, item) in chunk.iter().enumerate() {
                    let first = b == 0 && c == 0 && k == 0;
                    buf.extend_from_slice(if first { &separator } else { &comma });
                    write_at(&mut buf, depth + 1, &view(item))?;
                }
                Ok(buf)
            })
            .collect();
        for part in parts {
            w.write_all(&part?)?;
        }
    }
    w.write_all(b"\n")?;
    w.write_all(&separator[1..1 + 2 * depth])?;
    w.write_all(b"]")
}

/// serde_json's pretty layout (two-space indentation, `": "` after keys, empty arrays and
/// objects as `[]` and `{}`), starting at a given nesting depth.
struct Pretty {
    depth: usize,
    has_value: bool,
}

impl Pretty {
    fn at(depth: usize) -> Pretty {
        Pretty {
            depth,
            has_value: false,
        }
    }

    fn open<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        bracket: &[u8],
    ) -> std::io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    fn close<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        bracket: &[u8],
    ) -> std::io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            w.write_all(b"\n")?;
            self.indent(w)?;
        }
        w.write_all(bracket)
    }

    fn next<W: ?Sized + std::io::Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        w.write_all(if first { b"\n" } else { b",\n" })?;
        self.indent(w)
    }

    fn indent<W: ?Sized + std::io::Write>(&self, w: &mut W) -> std::io::Result<()> {
        for _ in 0..self.depth {
            w.write_all(b"  ")?;
        }
        Ok(())
    }
}

impl serde_json::ser::Formatter for Pretty {
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.next(w, first)
    }

    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, _w: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.next(w, first)
    }

    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, _w: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value as Json;

    /// The batched, parallel layout is serde_json's pretty layout, at any depth and batch
    /// boundary.
    #[test]
    fn parallel_arrays_match_serde_pretty() {
        let items: Vec<Json> = (0..BATCH * 2 + 300)
            .map(|i| match i % 4 {
                0 => json!({ "n": i, "nested": { "a": [1, [], {}], "b": null }, "s": "x\"y" }),
                1 => json!([i, "two", { "k": [] }]),
                2 => json!({}),
                _ => json!(i),
            })
            .collect();
        let doc = json!({ "outer": { "items": items.clone() }, "after": [] });
        let expected = serde_json::to_string_pretty(&doc).expect("serialises");
        let mut got = b"{\n  \"outer\": {\n    \"items\": ".to_vec();
        write_array_at(&mut got, 2, &items, |v| v).expect("writes");
        got.extend_from_slice(b"\n  },\n  \"after\": ");
        write_at(&mut got, 1, &json!([])).expect("writes");
        got.extend_from_slice(b"\n}");
        assert_eq!(String::from_utf8(got).expect("utf-8"), expected);
        let mut empty = Vec::new();
        write_array_at(&mut empty, 0, &items[..0], |v| v).expect("writes");
        assert_eq!(empty, b"[]");
    }
}
