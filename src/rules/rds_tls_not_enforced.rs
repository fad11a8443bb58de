//! TFG-ENC-009: rDS parameter group does not enforce TLS.

use super::simple::label;
use super::{Area, Checker, Rule};
use crate::finding::Severity;

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
    doc: include_str!("../../rules/TFG-ENC-009.md"),
    check,
};

fn check(cx: &mut Checker) {
    use crate::eval::value::Value;
    for t in ["aws_db_parameter_group", "aws_rds_cluster_parameter_group"] {
        for (i, inst) in cx.resources(t) {
            let node = inst.node();
            let family = match node.get("family") {
                Some(Value::String(f)) => f.to_string(),
                Some(Value::Unknown(_)) => {
                    cx.undecided(i);
                    continue;
                }
                _ => {
                    cx.pass(i);
                    continue;
                }
            };
            let (param, good): (&str, &[&str]) = if ["postgres", "aurora-postgresql", "sqlserver"]
                .iter()
                .any(|p| family.starts_with(p))
            {
                ("rds.force_ssl", &["1"])
            } else if ["mysql", "aurora-mysql", "mariadb"]
                .iter()
                .any(|p| family.starts_with(p))
            {
                ("require_secure_transport", &["1", "ON", "on", "true"])
            } else {
                cx.pass(i);
                continue;
            };
            let mut state = None;
            for (n, p) in node.children("parameter").into_iter().enumerate() {
                match p.get("name") {
                    Some(Value::String(name)) if &**name == param => {
                        state = Some((n, p.get("value").cloned()));
                    }
                    Some(Value::Unknown(_)) if state.is_none() => {
                        state = Some((n, Some(Value::unknown())))
                    }
                    _ => {}
                }
            }
            // PostgreSQL 15 and later default rds.force_ssl to 1.
            let major: u32 = family
                .trim_start_matches(|c: char| !c.is_ascii_digit())
                .split('.')
                .next()
                .and_then(|d| d.parse().ok())
                .unwrap_or(0);
            let default_on = param == "rds.force_ssl" && family.contains("postgres") && major >= 15;
            match state {
                None if default_on => cx.pass(i),
                None => cx.report(
                    i,
                    "",
                    format!(
                        "{} ({family}) does not set `{param}`: clients may connect without TLS",
                        label(inst)
                    ),
                ),
                Some((_, Some(Value::Unknown(_)))) => cx.undecided(i),
                Some((n, v)) => {
                    let value = v
                        .as_ref()
                        .and_then(Value::to_str)
                        .map(|s| s.to_string())
                        .unwrap_or_default();
                    if good.contains(&value.as_str()) {
                        cx.pass(i);
                    } else {
                        cx.report(
                            i,
                            &format!("parameter[{n}].value"),
                            format!(
                                "{} sets `{param}` to \"{value}\": clients may connect without TLS",
                                label(inst)
                            ),
                        );
                    }
                }
            }
        }
    }
}
