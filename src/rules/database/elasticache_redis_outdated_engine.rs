//! TFG-DB-066: ElastiCache Redis engine older than 4.0.10.

use super::helpers::cache::{Engine, engine, in_group};
use super::helpers::label;
use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-066",
    name: "elasticache-redis-outdated-engine",
    title: "ElastiCache Redis engine older than 4.0.10",
    severity: Severity::Medium,
    area: Area::Database,
    aliases: &["254c932d-e3bf-44b2-bc9d-eb5fdb09f8d4"],
    compliance: &[
        "SOC2:CC7.1",
        "NIST:SI-2",
        "NIST:SC-8",
        "NIST:SC-28",
        "ISO27001:A.8.8",
    ],
    controls: &["ElastiCache Redis engine version >= 4.0.10"],
    resources: &[
        "aws_elasticache_cluster",
        "aws_elasticache_replication_group",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-066.md"),
    check,
};

/// The first version that can turn encryption in transit and at rest on in place, and the
/// oldest line AWS still patched when it ended standard support of 2.x and 3.x.
const FLOOR: (u64, u64, u64) = (4, 0, 10);

/// `major.minor.patch`, a missing or `x` part read as 0 (`6.x`, `7.0`); `None` when the
/// text is not a version.
fn parse(v: &str) -> Option<(u64, u64, u64)> {
    let mut parts = v.trim().split('.').map(|p| {
        if p.eq_ignore_ascii_case("x") {
            Some(0)
        } else {
            p.parse::<u64>().ok()
        }
    });
    let major = parts.next()??;
    let minor = parts.next().unwrap_or(Some(0))?;
    let patch = parts.next().unwrap_or(Some(0))?;
    Some((major, minor, patch))
}

fn check(cx: &mut Checker) {
    for t in [
        "aws_elasticache_cluster",
        "aws_elasticache_replication_group",
    ] {
        for (i, inst) in cx.resources(t) {
            if in_group(inst) {
                cx.pass(i);
                continue;
            }
            match engine(inst) {
                Engine::Redis => {}
                Engine::Valkey | Engine::Memcached => {
                    cx.pass(i);
                    continue;
                }
                Engine::Unknown => {
                    cx.undecided(i);
                    continue;
                }
            }
            // Unset: AWS picks the newest version.
            let version = match inst.node().get("engine_version") {
                None | Some(Value::Null) => {
                    cx.pass(i);
                    continue;
                }
                Some(Value::String(v)) => v,
                Some(_) => {
                    cx.undecided(i);
                    continue;
                }
            };
            match parse(version) {
                Some(v) if v < FLOOR => cx.report(
                    i,
                    "engine_version",
                    format!(
                        "{} sets `engine_version` to \"{version}\", older than 4.0.10: the engine cannot encrypt in transit or at rest in place and no longer gets security fixes",
                        label(inst)
                    ),
                ),
                Some(_) => cx.pass(i),
                None => cx.undecided(i),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn versions() {
        for (text, want) in [
            ("4.0.10", Some((4, 0, 10))),
            ("3.2.6", Some((3, 2, 6))),
            ("6.x", Some((6, 0, 0))),
            ("7.0", Some((7, 0, 0))),
            ("7", Some((7, 0, 0))),
            ("latest", None),
        ] {
            assert_eq!(parse(text), want, "{text}");
        }
    }
}
