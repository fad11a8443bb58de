//! TFG-DB-004: RDS database does not enable IAM database authentication.

use crate::finding::Severity;
use crate::finding::remedy::Safety;
use crate::model::value::Value;
use crate::rules::common::rds::{Engine, cluster_engine, engine, is_replica, serverless_v1};
use crate::rules::common::simple::check_bool_unless;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-004",
    name: "rds-iam-auth-disabled",
    title: "RDS database does not enable IAM database authentication",
    severity: Severity::Medium,
    area: Area::Database,
    aliases: &[
        "AWS-0176",
        "AVD-AWS-0176",
        "aws-rds-enable-iam-auth",
        "CKV_AWS_161",
        "CKV_AWS_162",
        "iam_database_auth_not_enabled",
        "88fd05e0-ac0e-43d2-ba6d-fc0ba60ae1a6",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.2",
        "NIST:IA-2",
        "NIST:IA-5",
        "NIST:AC-2",
        "ISO27001:A.5.17",
    ],
    controls: &["RDS IAM database authentication (instance/cluster)"],
    resources: &["aws_db_instance", "aws_rds_cluster"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-DB-004.md"),
    check,
};

const PROBLEM: &str = "every client signs in with a long-lived database password instead of \
                       short-lived IAM tokens";

/// Engines with IAM database authentication (RDS for MySQL and PostgreSQL, Aurora MySQL and
/// Aurora PostgreSQL).
fn supports(engine: &str) -> bool {
    matches!(
        engine,
        "mysql" | "postgres" | "aurora" | "aurora-mysql" | "aurora-postgresql"
    )
}

/// RDS for MariaDB has IAM database authentication from 10.11 on: `Some(true)` for the older
/// lines (10.6 and before), `None` when the version is unknown. No version means the current
/// default, which has it.
fn mariadb_without(inst: &crate::model::Instance) -> Option<bool> {
    match inst.node().get("engine_version") {
        None | Some(Value::Null) => Some(false),
        Some(Value::String(v)) => {
            let mut parts = v.split('.').map(|p| p.parse::<u32>().ok());
            match (parts.next().flatten(), parts.next().flatten()) {
                (Some(major), _) if major > 10 => Some(false),
                (Some(10), Some(minor)) => Some(minor < 11),
                (Some(major), _) => Some(major < 10),
                (None, _) => None,
            }
        }
        Some(_) => None,
    }
}

fn check(cx: &mut Checker) {
    check_bool_unless(
        cx,
        &["aws_db_instance"],
        "iam_database_authentication_enabled",
        false,
        false,
        PROBLEM,
        Some(Safety::Unsafe),
        |inst| match engine(inst) {
            Engine::Known(e) if e == "mariadb" => mariadb_without(inst),
            Engine::Known(e) => Some(!supports(&e)),
            Engine::Unknown => None,
            // A replica or a restore takes its source's engine.
            Engine::Unset => match is_replica(inst) {
                Some(false) if inst.node().set("snapshot_identifier").is_none() => Some(true),
                _ => None,
            },
        },
    );
    check_bool_unless(
        cx,
        &["aws_rds_cluster"],
        "iam_database_authentication_enabled",
        false,
        false,
        PROBLEM,
        Some(Safety::Unsafe),
        |inst| match (cluster_engine(inst), serverless_v1(inst)) {
            (_, Some(true)) => Some(true),
            (Engine::Known(e), Some(false)) => Some(!supports(&e)),
            _ => None,
        },
    );
}
