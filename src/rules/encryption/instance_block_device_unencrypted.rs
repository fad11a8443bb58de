//! TFG-ENC-004: EC2 instance, launch configuration or launch template block device is not
//! encrypted.

use super::helpers::ebs::account_default;
use super::helpers::ebs::snapshot_encrypted;
use crate::finding::Severity;
use crate::model::Instance;
use crate::model::access::{Flag, Node, flag};
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-004",
    name: "instance-block-device-unencrypted",
    title: "EC2 instance, launch configuration or launch template block device is not encrypted",
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
    compliance: &["SOC2:CC6.1", "NIST:SC-28", "NIST:SC-28(1)", "CIS-AWS:2.2.1"],
    controls: &["EC2 instance / launch config block devices encrypted"],
    resources: &[
        "aws_instance",
        "aws_launch_configuration",
        "aws_launch_template",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ENC-004.md"),
    check,
};

/// Device names AMIs use for their root volume: a launch template mapping with one of these
/// names overrides the AMI's root volume rather than adding a blank one.
const ROOT_DEVICE_NAMES: &[&str] = &["/dev/xvda", "/dev/sda1", "/dev/sda"];

/// Where a volume's data comes from, which decides what an unset `encrypted` means.
#[derive(Clone, Copy, PartialEq)]
enum Origin {
    /// The AMI's root volume: its snapshot decides.
    Ami,
    /// A new, empty volume: unencrypted unless asked (or the account default).
    Blank,
    /// Maybe the AMI's root volume: the device name is unknown.
    Unknown,
}

/// Judges the block devices of one resource and gathers its findings and unknowns.
struct Devices<'c, 'a> {
    cx: &'c Checker<'a>,
    inst: &'a Instance,
    /// EBS encryption by default in the resource's root.
    acct: Flag,
    unknown: bool,
    bad: Vec<(usize, String, String)>,
    index: usize,
}

fn check(cx: &mut Checker) {
    for t in ["aws_instance", "aws_launch_configuration"] {
        for (i, inst) in cx.resources(t) {
            let mut d = Devices::new(cx, i, inst);
            let node = inst.node();
            let roots = node.children("root_block_device");
            // No `root_block_device`: the AMI (or a launch template) decides.
            if roots.is_empty() && d.acct != Flag::True {
                d.unknown = true;
            }
            for (k, dev) in roots.into_iter().enumerate() {
                let path = format!("root_block_device[{k}]");
                d.judge(dev, &path, "the root volume", Origin::Ami);
            }
            for (k, dev) in node.children("ebs_block_device").into_iter().enumerate() {
                let path = format!("ebs_block_device[{k}]");
                d.judge(
                    dev,
                    &path,
                    &device(dev, "an attached volume"),
                    Origin::Blank,
                );
            }
            let (unknown, bad) = (d.unknown, d.bad);
            cx.settle(i, unknown, bad);
        }
    }
    for (i, inst) in cx.resources("aws_launch_template") {
        let mut d = Devices::new(cx, i, inst);
        let mappings = inst.node().children("block_device_mappings");
        // No mappings: the AMI's own volumes are used, and it decides.
        if mappings.is_empty() && d.acct != Flag::True {
            d.unknown = true;
        }
        for (k, mapping) in mappings.into_iter().enumerate() {
            if is_unknown(mapping) {
                d.unknown = true;
                continue;
            }
            let origin = match mapping.get("device_name") {
                Some(Value::String(name)) if ROOT_DEVICE_NAMES.contains(&&**name) => Origin::Ami,
                Some(Value::Unknown(_)) => Origin::Unknown,
                _ => Origin::Blank,
            };
            let what = device(mapping, "a volume of the template");
            for (m, ebs) in mapping.children("ebs").into_iter().enumerate() {
                let path = format!("block_device_mappings[{k}].ebs[{m}]");
                d.judge(ebs, &path, &what, origin);
            }
        }
        let (unknown, bad) = (d.unknown, d.bad);
        cx.settle(i, unknown, bad);
    }
}

fn is_unknown(node: Node) -> bool {
    matches!(node, Node::Value(Value::Unknown(_)))
}

/// "volume `/dev/sdf`" when the device name is known.
fn device(node: Node, otherwise: &str) -> String {
    match node.get("device_name").and_then(Value::as_str) {
        Some(d) => format!("volume `{d}`"),
        None => otherwise.to_string(),
    }
}

impl<'c, 'a> Devices<'c, 'a> {
    fn new(cx: &'c Checker<'a>, index: usize, inst: &'a Instance) -> Self {
        Devices {
            cx,
            inst,
            acct: account_default(cx, inst),
            unknown: false,
            bad: Vec::new(),
            index,
        }
    }

    fn report(&mut self, path: String, message: String) {
        let message = format!("{} {message}", label(self.inst));
        self.bad.push((self.index, path, message));
    }

    /// Judges one block device (`root_block_device`, `ebs_block_device` or a mapping's `ebs`).
    fn judge(&mut self, dev: Node, path: &str, what: &str, origin: Origin) {
        if is_unknown(dev) {
            self.unknown = true;
            return;
        }
        let asked = flag(dev.get("encrypted"));
        match asked {
            Flag::True => return,
            Flag::Unknown => {
                self.unknown = true;
                return;
            }
            Flag::False | Flag::Unset => {}
        }
        // Encryption by default encrypts every new volume whatever the block says.
        match self.acct {
            Flag::True => return,
            Flag::Unknown => {
                self.unknown = true;
                return;
            }
            Flag::False | Flag::Unset => {}
        }
        let at_arg = format!("{path}.encrypted");
        let set_false = format!("sets `encrypted = false` for {what}");
        // A volume restored from a snapshot is encrypted when the snapshot is.
        if let Some(snapshot) = dev.set("snapshot_id") {
            match (snapshot_encrypted(self.cx, self.inst, snapshot, 0), asked) {
                (Flag::True, _) => {}
                (Flag::False, Flag::False) => self.report(
                    at_arg,
                    format!("{set_false}, restored from an unencrypted snapshot"),
                ),
                (Flag::False, _) => self.report(
                    path.to_string(),
                    format!(
                        "does not set `encrypted` for {what}, restored from an unencrypted \
                         snapshot"
                    ),
                ),
                (_, Flag::False) => self.report(
                    at_arg,
                    format!(
                        "{set_false}: it is encrypted only if its snapshot is, which the \
                         configuration does not show"
                    ),
                ),
                (_, _) => self.unknown = true,
            }
            return;
        }
        match (origin, asked) {
            (Origin::Ami | Origin::Unknown, Flag::False) => self.report(
                at_arg,
                format!(
                    "{set_false}: it is encrypted only if the AMI's snapshot is, which the \
                     configuration does not show"
                ),
            ),
            // Unset on the AMI's volume: the AMI's snapshot decides.
            (Origin::Ami | Origin::Unknown, _) => self.unknown = true,
            (Origin::Blank, Flag::False) => {
                self.report(at_arg, format!("{set_false}: it is unencrypted"));
            }
            (Origin::Blank, _) => self.report(
                path.to_string(),
                format!("does not set `encrypted` (default false) for {what}: it is unencrypted"),
            ),
        }
    }
}
