//! TFG-DB-013: EC2-Classic database, cache or Redshift security group resource.

use crate::finding::Severity;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-013",
    name: "classic-security-group-used",
    title: "EC2-Classic database, cache or Redshift security group resource",
    severity: Severity::Medium,
    area: Area::Database,
    aliases: &[
        "AWS-0085",
        "AVD-AWS-0085",
        "aws-redshift-no-classic-resources",
        "CKV_AWS_198",
        "CKV_AWS_196",
    ],
    compliance: &["SOC2:CC6.6", "NIST:SC-7", "NIST:CM-2", "ISO27001:A.8.20"],
    controls: &["EC2-Classic DB/cache/Redshift security group resources used"],
    resources: &[
        "aws_db_security_group",
        "aws_elasticache_security_group",
        "aws_redshift_security_group",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-013.md"),
    check,
};

fn check(cx: &mut Checker) {
    for t in [
        "aws_db_security_group",
        "aws_elasticache_security_group",
        "aws_redshift_security_group",
    ] {
        for (i, inst) in cx.resources(t) {
            cx.report(
                i,
                "",
                format!(
                    "{} is an EC2-Classic security group: the database or cache it guards sits \
                     outside a VPC, without VPC security groups, network ACLs or flow logs",
                    label(inst)
                ),
            );
        }
    }
}
