//! TFG-ENC-009: RDS parameter group does not enforce TLS.

use crate::finding::Severity;
use crate::model::access::Node;
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-009",
    name: "rds-tls-not-enforced",
    title: "RDS parameter group does not enforce TLS",
    severity: Severity::Medium,
    area: Area::Encryption,
    aliases: &["CKV2_AWS_69"],
    compliance: &["SOC2:CC6.7", "NIST:SC-8", "NIST:SC-8(1)"],
    controls: &["RDS enforces TLS in transit (param group rds.force_ssl)"],
    resources: &["aws_db_parameter_group", "aws_rds_cluster_parameter_group"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-009.md"),
    check,
};

/// The parameter that enforces TLS for a family, and whether it is on by default.
struct Enforcement {
    param: &'static str,
    default_on: bool,
}

/// `(major, minor)` of a family's version: `postgres16` is (16, 0), `mariadb10.11` (10, 11).
fn version(family: &str, prefix: &str) -> Option<(u32, u32)> {
    let rest = family.strip_prefix(prefix)?;
    let mut parts = rest.split('.');
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next().map_or(Some(0), |m| m.parse().ok())?;
    Some((major, minor))
}

/// What enforces TLS for a parameter group of `family`, or `None` when the family has no such
/// parameter at this level (tfgate then does not examine the group).
fn enforcement(family: &str, cluster_group: bool) -> Option<Enforcement> {
    let force_ssl = |default_on| {
        Some(Enforcement {
            param: "rds.force_ssl",
            default_on,
        })
    };
    let secure_transport = |default_on| {
        Some(Enforcement {
            param: "require_secure_transport",
            default_on,
        })
    };
    let f = family.to_ascii_lowercase();
    // Aurora sets these in the cluster parameter group; a DB parameter group cannot.
    if f.starts_with("aurora-postgresql") {
        return if cluster_group {
            force_ssl(false)
        } else {
            None
        };
    }
    if f.starts_with("aurora-mysql") {
        return if cluster_group {
            secure_transport(false)
        } else {
            None
        };
    }
    if f.starts_with("aurora") {
        // Aurora MySQL 1 (`aurora5.6`) has no such parameter.
        return None;
    }
    if f.starts_with("postgres") {
        // RDS for PostgreSQL 15 and later default `rds.force_ssl` to 1.
        let (major, _) = version(&f, "postgres")?;
        return force_ssl(major >= 15);
    }
    if f.starts_with("sqlserver") {
        return force_ssl(false);
    }
    if f.starts_with("mysql") {
        // `require_secure_transport` exists from MySQL 5.7.
        let v = version(&f, "mysql")?;
        return if v >= (5, 7) {
            secure_transport(false)
        } else {
            None
        };
    }
    if f.starts_with("mariadb") {
        // From MariaDB 10.5; on by default from 11.8.
        let v = version(&f, "mariadb")?;
        return if v >= (10, 5) {
            secure_transport(v >= (11, 8))
        } else {
            None
        };
    }
    None
}

/// True for the values that turn the parameter on.
fn is_on(v: &str) -> bool {
    ["1", "on", "true"]
        .iter()
        .any(|good| v.trim().eq_ignore_ascii_case(good))
}

fn check(cx: &mut Checker) {
    for t in ["aws_db_parameter_group", "aws_rds_cluster_parameter_group"] {
        for (i, inst) in cx.resources(t) {
            let node = inst.node();
            let family = match node.get("family") {
                Some(Value::String(f)) => f.to_string(),
                Some(Value::Unknown(_)) => {
                    cx.undecided(i);
                    continue;
                }
                _ => continue,
            };
            let Some(Enforcement { param, default_on }) =
                enforcement(&family, t == "aws_rds_cluster_parameter_group")
            else {
                continue;
            };
            // The last `parameter` with this name wins; one whose name is unknown may be it.
            let mut found: Option<(usize, Option<&Value>)> = None;
            let mut maybe = false;
            for (n, p) in node.children("parameter").into_iter().enumerate() {
                if let Node::Value(Value::Unknown(_)) = p {
                    maybe = true;
                    continue;
                }
                match p.get("name") {
                    Some(Value::String(name)) if name.eq_ignore_ascii_case(param) => {
                        found = Some((n, p.get("value")));
                    }
                    Some(Value::Unknown(_)) => maybe = true,
                    _ => {}
                }
            }
            let what = label(inst);
            match found {
                None if maybe => cx.undecided(i),
                None if default_on => cx.pass(i),
                None => cx.report(
                    i,
                    "",
                    format!(
                        "{what} ({family}) does not set `{param}` (default off): clients may \
                         connect without TLS"
                    ),
                ),
                Some((_, Some(Value::Unknown(_)))) => cx.undecided(i),
                Some((n, value)) => {
                    let shown = value
                        .and_then(Value::to_str)
                        .map(|s| s.to_string())
                        .unwrap_or_default();
                    if is_on(&shown) {
                        cx.pass(i);
                    } else {
                        cx.report(
                            i,
                            &format!("parameter[{n}].value"),
                            format!(
                                "{what} ({family}) sets `{param}` to \"{shown}\": clients may \
                                 connect without TLS"
                            ),
                        );
                    }
                }
            }
        }
    }
}
