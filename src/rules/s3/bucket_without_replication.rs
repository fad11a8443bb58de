//! TFG-S3-017: no cross-region replication.

use crate::finding::Severity;
use crate::model::access::Node;
use crate::model::value::Value;
use crate::rules::common::bucket::{bucket_label, settings};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-S3-017",
    name: "bucket-without-replication",
    title: "S3 bucket has no cross-region replication",
    severity: Severity::Low,
    area: Area::S3,
    aliases: &["CKV_AWS_144", "FG_R00275"],
    compliance: &["SOC2:A1.2", "NIST:CP-6", "NIST:CP-9"],
    controls: &["Cross-region replication"],
    resources: &["aws_s3_bucket", "aws_s3_bucket_replication_configuration"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-S3-017.md"),
    check,
};

fn check(cx: &mut Checker) {
    let links = cx.links;
    // Replication destinations are copies themselves.
    let mut destinations = std::collections::HashSet::new();
    for view in &links.buckets {
        for s in settings(
            links,
            view,
            "replication_configuration",
            "aws_s3_bucket_replication_configuration",
            "",
        ) {
            let from = links.instance(s.instance);
            for rule in s
                .node
                .children("rule")
                .into_iter()
                .chain(s.node.children("rules"))
            {
                if status(&rule) == Some(false) {
                    continue;
                }
                for d in rule.children("destination") {
                    if let Some(b) = d.get("bucket")
                        && let crate::link::Target::Instance(t) =
                            links.resolve(from, b, &["aws_s3_bucket"])
                    {
                        destinations.insert(t);
                    }
                }
            }
        }
    }
    for view in &links.buckets {
        let bucket = links.instance(view.bucket);
        let configurations = settings(
            links,
            view,
            "replication_configuration",
            "aws_s3_bucket_replication_configuration",
            "",
        );
        // Replication is on when a rule is enabled; a configuration whose rules are all
        // `Disabled` replicates nothing.
        let statuses: Vec<Option<bool>> = configurations
            .iter()
            .flat_map(|s| {
                let mut r = s.node.children("rule");
                r.extend(s.node.children("rules"));
                r
            })
            .map(|r| status(&r))
            .collect();
        if statuses.contains(&Some(true)) || destinations.contains(&view.bucket) {
            cx.pass(view.bucket);
        } else if statuses.contains(&None)
            || (configurations.is_empty()
                && links.has_unlinked(bucket, "aws_s3_bucket_replication_configuration"))
        {
            cx.undecided(view.bucket);
        } else if let Some(first) = configurations.first() {
            cx.report(
                first.instance,
                &first.path,
                format!(
                    "{} has a replication configuration but no rule of it is `Enabled`",
                    bucket_label(bucket)
                ),
            );
        } else {
            cx.report(
                view.bucket,
                "",
                format!(
                    "{} is not replicated to another region",
                    bucket_label(bucket)
                ),
            );
        }
    }
}

/// A replication rule's `status`: enabled, disabled, or unknown (`None`).
fn status(rule: &Node) -> Option<bool> {
    if let Node::Value(v) = rule
        && v.is_unknown()
    {
        return None;
    }
    match rule.get("status") {
        Some(Value::String(s)) => Some(&**s == "Enabled"),
        Some(Value::Unknown(_)) => None,
        // Required by the provider; an unset status is not replication.
        _ => Some(false),
    }
}
