//! TFG-ENC-004: eC2 instance or launch configuration block device is not encrypted.

use super::setting::{self, Expect};
use super::{Area, Checker, Rule};
use crate::finding::Severity;

pub static RULE: Rule = Rule {
    id: "TFG-ENC-004",
    name: "instance-block-device-unencrypted",
    title: "EC2 instance or launch configuration block device is not encrypted",
    severity: Severity::High,
    area: Area::Encryption,
    aliases: &[
        "AWS-0131",
        "AVD-AWS-0131",
        "AWS-0008",
        "AVD-AWS-0008",
        "aws-ec2-enable-at-rest-encryption",
        "aws-ec2-enable-launch-config-at-rest-encryption",
        "CKV_AWS_8",
        "4de9de27-254e-424f-bd70-4c1e95790838",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-28", "CIS-AWS:2.2.1"],
    controls: &["EC2 instance / launch config block devices encrypted"],
    resources: &[
        "aws_instance",
        "aws_launch_configuration",
        "aws_launch_template",
    ],
    fixable: false,
    doc: include_str!("../../rules/TFG-ENC-004.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_instance", "aws_launch_configuration"],
        "~root_block_device.encrypted",
        Expect::True { default: false },
        "the root volume is not encrypted",
    );
    setting::check(
        cx,
        &["aws_instance", "aws_launch_configuration"],
        "?ebs_block_device.encrypted",
        Expect::True { default: false },
        "an attached volume is not encrypted",
    );
    setting::check(
        cx,
        &["aws_launch_template"],
        "?block_device_mappings.ebs.encrypted",
        Expect::True { default: false },
        "volumes launched from the template are not encrypted",
    );
}
