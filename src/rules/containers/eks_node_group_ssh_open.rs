//! TFG-CTR-006: an EKS managed node group allows SSH from anywhere (a key without source
//! security groups).

use super::helpers::label;
use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-CTR-006",
    name: "eks-node-group-ssh-open",
    title: "EKS node group SSH remote access without source security groups",
    severity: Severity::High,
    area: Area::Containers,
    aliases: &["CKV_AWS_100", "ba40ace1-a047-483c-8a8d-bc2d3a67a82d"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:AC-17",
        "NIST:SC-7",
        "CIS-AWS:5.2",
        "ISO27001:A.8.20",
        "ISO27001:A.8.22",
    ],
    controls: &["EKS node group SSH remote access without source security groups"],
    resources: &["aws_eks_node_group"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-CTR-006.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_eks_node_group") {
        let mut unknown = false;
        let mut findings = Vec::new();
        for (k, ra) in inst.node().children("remote_access").iter().enumerate() {
            match ra.get("ec2_ssh_key") {
                None | Some(Value::Null) => continue,
                Some(Value::String(s)) if s.is_empty() => continue,
                // An unknown key name is still a key: SSH is on.
                _ => {}
            }
            match ra.get("source_security_group_ids") {
                None | Some(Value::Null) => {}
                Some(Value::List(ids) | Value::Set(ids)) if ids.is_empty() => {}
                Some(Value::Unknown(_)) => {
                    unknown = true;
                    continue;
                }
                Some(_) => continue,
            }
            findings.push((
                i,
                format!("remote_access[{k}]"),
                format!(
                    "{} sets `ec2_ssh_key` but does not set `source_security_group_ids`: EKS opens port 22 on the nodes to 0.0.0.0/0",
                    label(inst)
                ),
            ));
        }
        cx.settle(i, unknown, findings);
    }
}
