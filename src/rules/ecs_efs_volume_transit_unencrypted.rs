//! TFG-ENC-018: eCS task EFS volume does not encrypt data in transit.

use super::setting::{self, Expect};
use super::{Area, Checker, Rule};
use crate::finding::Severity;

pub static RULE: Rule = Rule {
    id: "TFG-ENC-018",
    name: "ecs-efs-volume-transit-unencrypted",
    title: "ECS task EFS volume does not encrypt data in transit",
    severity: Severity::Medium,
    area: Area::Encryption,
    aliases: &[
        "AWS-0035",
        "AVD-AWS-0035",
        "aws-ecs-enable-in-transit-encryption",
        "CKV_AWS_97",
        "4d46ff3b-7160-41d1-a310-71d6d370b08f",
        "AC_AWS_0463",
    ],
    compliance: &["SOC2:CC6.7", "NIST:SC-8"],
    controls: &["ECS task EFS volume in-transit encryption"],
    resources: &["aws_ecs_task_definition"],
    fixable: false,
    doc: include_str!("../../rules/TFG-ENC-018.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_ecs_task_definition"],
        "?volume.?efs_volume_configuration.transit_encryption",
        Expect::OneOf {
            allowed: &["ENABLED"],
            default: Some("DISABLED"),
        },
        "file traffic between the task and EFS is unencrypted",
    );
}
