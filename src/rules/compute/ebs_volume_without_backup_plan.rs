//! TFG-EC2-090: EBS volume is in no AWS Backup plan.

use crate::finding::Severity;
use crate::rules::common::backup::check_backup;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-EC2-090",
    name: "ebs-volume-without-backup-plan",
    title: "EBS volume is in no AWS Backup plan",
    severity: Severity::Medium,
    area: Area::Compute,
    aliases: &["CKV2_AWS_9"],
    compliance: &["SOC2:A1.2", "SOC2:CC7.5", "NIST:CP-9", "ISO27001:A.8.13"],
    controls: &["EBS volume covered by an AWS Backup plan"],
    resources: &["aws_ebs_volume", "aws_backup_selection"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-EC2-090.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_backup(
        cx,
        "aws_ebs_volume",
        ("ec2", "volume/", None),
        "nothing takes snapshots of it, so its data is lost with the volume",
    );
}
