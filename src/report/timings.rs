//! `--timings`: the wall time of each pipeline stage, the report's, the total, and the five
//! slowest rules (their time summed over the threads that ran them).

use std::io::Write;

use crate::rules;
use crate::scan::Scan;

/// Writes the stage times of `scan`, then `report` (the time spent writing reports).
pub fn write(scan: &Scan, report: std::time::Duration, err: &mut dyn Write) -> std::io::Result<()> {
    let mut total = std::time::Duration::ZERO;
    for (stage, d) in &scan.timings {
        writeln!(err, "{:>9.3} ms  {stage}", d.as_secs_f64() * 1000.0)?;
        if !stage.starts_with("  ") {
            total += *d;
        }
    }
    writeln!(err, "{:>9.3} ms  report", report.as_secs_f64() * 1000.0)?;
    if let Some(results) = &scan.results {
        let mut slowest: Vec<(std::time::Duration, &str)> = results
            .times
            .iter()
            .zip(rules::RULES)
            .map(|(t, r)| (*t, r.id))
            .collect();
        slowest.sort_by(|a, b| b.cmp(a));
        let shown: Vec<String> = slowest
            .iter()
            .take(5)
            .map(|(t, id)| format!("{id} {:.1} ms", t.as_secs_f64() * 1000.0))
            .collect();
        writeln!(
            err,
            "             slowest rules (time summed over threads): {}",
            shown.join(", ")
        )?;
    }
    writeln!(
        err,
        "{:>9.3} ms  total",
        (total + report).as_secs_f64() * 1000.0
    )
}
