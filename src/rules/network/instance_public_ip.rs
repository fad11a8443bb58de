//! TFG-NET-016: EC2 instance or launch configuration gets a public IP address.

use crate::finding::Severity;
use crate::finding::remedy::Safety;
use crate::rules::common::simple::check_bool;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-NET-016",
    name: "instance-public-ip",
    title: "EC2 instance or launch configuration gets a public IP address",
    severity: Severity::Medium,
    area: Area::Network,
    aliases: &[
        "AWS-0009",
        "AVD-AWS-0009",
        "aws-ec2-no-public-ip",
        "CKV_AWS_88",
        "5a2486aa-facf-477d-a5c1-b010789459ce",
        "FG_R00271",
    ],
    compliance: &["SOC2:CC6.6", "NIST:SC-7", "NIST:AC-4"],
    controls: &["EC2 instance / launch config gets public IP"],
    resources: &[
        "aws_instance",
        "aws_launch_configuration",
        "aws_launch_template",
    ],
    fixable: true,
    doc: include_str!("../../../rules/TFG-NET-016.md"),
    check,
};

fn check(cx: &mut Checker) {
    check_bool(
        cx,
        &["aws_instance", "aws_launch_configuration"],
        "associate_public_ip_address",
        true,
        false,
        "the instance is reachable from the internet",
        Some(Safety::Unsafe),
    );
    templates(cx);
}

/// Launch templates put the setting in `network_interfaces`.
fn templates(cx: &mut Checker) {
    use crate::model::access::{Flag, flag};
    for (i, inst) in cx.resources("aws_launch_template") {
        let mut outcome = Flag::False;
        for (n, ni) in inst
            .node()
            .children("network_interfaces")
            .into_iter()
            .enumerate()
        {
            match flag(ni.get("associate_public_ip_address")) {
                Flag::True => {
                    cx.report(
                        i,
                        &format!("network_interfaces[{n}].associate_public_ip_address"),
                        format!(
                            "{} gives instances a public IP address",
                            crate::rules::common::simple::label(inst)
                        ),
                    );
                    outcome = Flag::True;
                }
                Flag::Unknown if outcome != Flag::True => outcome = Flag::Unknown,
                _ => {}
            }
        }
        match outcome {
            Flag::True => {}
            Flag::Unknown => cx.undecided(i),
            Flag::False | Flag::Unset => cx.pass(i),
        }
    }
}
