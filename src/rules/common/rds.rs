//! RDS and Aurora: the engine of an instance or cluster, the cluster a member belongs to,
//! and whether an instance replicates another (and so takes settings from its source).

use crate::link::Target;
use crate::model::Instance;
use crate::model::value::Value;
use crate::rules::Checker;
use crate::rules::common::simple::label;

/// What the configuration says about an engine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Engine {
    /// Written, lower-cased.
    Known(String),
    /// Not known before apply.
    Unknown,
    /// Not written: the resource's default (or its source's engine) applies.
    Unset,
}

/// The `engine` argument of an instance or cluster.
pub fn engine(inst: &Instance) -> Engine {
    match inst.node().get("engine") {
        None | Some(Value::Null) => Engine::Unset,
        Some(Value::String(s)) => Engine::Known(s.to_ascii_lowercase()),
        Some(_) => Engine::Unknown,
    }
}

/// The engine of an `aws_rds_cluster`, whose default is `aurora` (Aurora MySQL).
pub fn cluster_engine(inst: &Instance) -> Engine {
    match engine(inst) {
        Engine::Unset => Engine::Known("aurora".into()),
        other => other,
    }
}

/// True for the Aurora MySQL engine names (`aurora` is the MySQL 5.6-compatible one).
pub fn is_aurora_mysql(engine: &str) -> bool {
    engine == "aurora" || engine == "aurora-mysql"
}

/// The `aws_rds_cluster` of this configuration an `aws_rds_cluster_instance` belongs to.
pub fn cluster_of(cx: &Checker, inst: &Instance) -> Option<usize> {
    let c = inst.node().get("cluster_identifier")?;
    match cx.links.resolve(inst, c, &["aws_rds_cluster"]) {
        Target::Instance(i) => Some(i),
        Target::Unknown | Target::External => None,
    }
}

/// An instance created as a read replica of another (`replicate_source_db`): its engine,
/// backups and some settings come from the source.
pub fn is_replica(inst: &Instance) -> Option<bool> {
    sets(inst, "replicate_source_db")
}

/// Whether a string argument is written with a non-empty value (`None`: unknown).
pub fn sets(inst: &Instance, arg: &str) -> Option<bool> {
    match inst.node().get(arg) {
        None | Some(Value::Null) => Some(false),
        Some(Value::String(s)) => Some(!s.is_empty()),
        Some(_) => None,
    }
}

/// How an instance or cluster is named in messages: a cluster by its `cluster_identifier`.
pub fn name(inst: &Instance) -> String {
    match inst
        .node()
        .get("cluster_identifier")
        .and_then(Value::as_str)
    {
        Some(n) if inst.rtype == "aws_rds_cluster" || inst.rtype == "aws_neptune_cluster" => {
            format!("{} `{n}`", inst.rtype)
        }
        _ => label(inst),
    }
}

/// An Aurora Serverless v1 cluster (`engine_mode = "serverless"`), which has no IAM database
/// authentication, no backtracking and no log export settings of its own (`None`: unknown).
pub fn serverless_v1(inst: &Instance) -> Option<bool> {
    match inst.node().get("engine_mode") {
        None | Some(Value::Null) => Some(false),
        Some(Value::String(m)) => Some(m.as_ref() == "serverless"),
        Some(_) => None,
    }
}
