//! TFG-DB-018: RDS or Aurora PostgreSQL runs a version named in an AWS security bulletin.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::rds::{Engine, cluster_engine, engine, name};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-018",
    name: "rds-postgres-vulnerable-version",
    title: "RDS or Aurora PostgreSQL runs a version named in an AWS security bulletin",
    severity: Severity::High,
    area: Area::Database,
    aliases: &["CKV_AWS_250", "CKV_AWS_388"],
    compliance: &[
        "SOC2:CC7.1",
        "SOC2:CC8.1",
        "NIST:SI-2",
        "NIST:RA-5",
        "ISO27001:A.8.8",
    ],
    controls: &["RDS/Aurora PostgreSQL engine version with a published AWS security bulletin"],
    resources: &["aws_db_instance", "aws_rds_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-018.md"),
    check,
};

/// The first fixed version of each major line (AWS-2022-004, the `log_fdw` local file read;
/// it also covers the Aurora PostgreSQL 10.11-10.13 and 11.6-11.8 file read issue). Versions
/// before 9.6 (RDS) or 10 (Aurora) are older than every fix.
const RDS_FIXED: &[(u32, &[u32])] = &[
    (9, &[6, 22]),
    (10, &[17]),
    (11, &[12]),
    (12, &[7]),
    (13, &[3]),
];
const AURORA_FIXED: &[(u32, &[u32])] = &[(10, &[14]), (11, &[9])];
/// The first major line with no affected version.
const RDS_CLEAN: u32 = 14;
const AURORA_CLEAN: u32 = 12;

/// The numeric parts of a version (`"9.6.21"`, `"13.2"`, `"11.9-R1"`): `None` when it does not
/// start with a number.
fn parts(v: &str) -> Option<Vec<u32>> {
    let parts: Vec<u32> = v
        .split('.')
        .map_while(|p| {
            let digits: String = p.chars().take_while(char::is_ascii_digit).collect();
            digits.parse().ok()
        })
        .collect();
    (!parts.is_empty()).then_some(parts)
}

/// `Some(true)` when the version is affected, `None` when it names too little to tell.
fn affected(version: &[u32], fixed: &[(u32, &[u32])], clean: u32) -> Option<bool> {
    let major = version[0];
    if major >= clean {
        return Some(false);
    }
    let Some((_, first_fixed)) = fixed.iter().find(|(m, _)| *m == major) else {
        // Older than every line the bulletins name: long out of support.
        return Some(true);
    };
    // The 9.6 line counts its minor versions in the third part.
    let rest = &version[1..];
    let n = rest.len().min(first_fixed.len());
    if rest[..n] != first_fixed[..n] {
        return Some(rest[..n] < first_fixed[..n]);
    }
    if rest.len() >= first_fixed.len() {
        return Some(false);
    }
    // A major line alone (`"13"`) makes AWS pick its current minor version; `"9.6"` could be
    // any of that line's versions.
    if rest.is_empty() && major >= 10 {
        Some(false)
    } else {
        None
    }
}

fn check(cx: &mut Checker) {
    for t in ["aws_db_instance", "aws_rds_cluster"] {
        for (i, inst) in cx.resources(t) {
            let e = if t == "aws_rds_cluster" {
                cluster_engine(inst)
            } else {
                engine(inst)
            };
            let (fixed, clean, bulletin) = match e {
                Engine::Known(e) if e == "postgres" => (RDS_FIXED, RDS_CLEAN, "AWS-2022-004"),
                Engine::Known(e) if e == "aurora-postgresql" => {
                    (AURORA_FIXED, AURORA_CLEAN, "AWS-2022-004")
                }
                Engine::Known(_) => {
                    cx.pass(i);
                    continue;
                }
                Engine::Unknown | Engine::Unset => {
                    cx.undecided(i);
                    continue;
                }
            };
            let version = match inst.node().get("engine_version") {
                // AWS picks the current default version.
                None | Some(Value::Null) => {
                    cx.pass(i);
                    continue;
                }
                Some(Value::String(v)) => v.to_string(),
                Some(_) => {
                    cx.undecided(i);
                    continue;
                }
            };
            let Some(p) = parts(&version) else {
                cx.undecided(i);
                continue;
            };
            match affected(&p, fixed, clean) {
                Some(false) => cx.pass(i),
                None => cx.undecided(i),
                Some(true) => cx.report(
                    i,
                    "engine_version",
                    format!(
                        "{} sets `engine_version = \"{version}\"`, a version that security \
                         bulletin {bulletin} names (local file read through the `log_fdw` \
                         extension and related flaws) or that no longer receives fixes",
                        name(inst)
                    ),
                ),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{AURORA_CLEAN, AURORA_FIXED, RDS_CLEAN, RDS_FIXED, affected, parts};

    #[test]
    fn versions_against_the_bulletin() {
        let rds = |v: &str| affected(&parts(v).expect("a version"), RDS_FIXED, RDS_CLEAN);
        let aurora = |v: &str| affected(&parts(v).expect("a version"), AURORA_FIXED, AURORA_CLEAN);
        for (version, want) in [
            ("13.2", Some(true)),
            ("13.3", Some(false)),
            ("12.6", Some(true)),
            ("12.10", Some(false)),
            ("10.16", Some(true)),
            ("9.6.21", Some(true)),
            ("9.6.22", Some(false)),
            ("9.5.4", Some(true)),
            ("9.6", None),
            ("13", Some(false)),
            ("14.1", Some(false)),
            ("8.4.1", Some(true)),
        ] {
            assert_eq!(rds(version), want, "postgres {version}");
        }
        for (version, want) in [
            ("11.8", Some(true)),
            ("11.9", Some(false)),
            ("10.13", Some(true)),
            ("10.14", Some(false)),
            ("12.4", Some(false)),
            ("9.6.18", Some(true)),
        ] {
            assert_eq!(aurora(version), want, "aurora-postgresql {version}");
        }
        assert_eq!(parts("11.9-R1"), Some(vec![11, 9]));
        assert_eq!(parts("latest"), None);
    }
}
