//! TFG-DB-017: EC2-Classic DB security group admits the internet.

use crate::finding::Severity;
use crate::link::net::{Exposure, exposure, unknown_exposure};
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-017",
    name: "classic-db-security-group-public-ingress",
    title: "EC2-Classic DB security group admits the internet",
    severity: Severity::Critical,
    area: Area::Database,
    aliases: &[
        "db_security_group_has_public_interface",
        "f0d8781f-99bf-4958-9917-d39283b168a0",
        "db_security_group_with_public_scope",
        "1e0ef61b-ad85-4518-a3d3-85eaad164885",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:SC-7",
        "NIST:AC-3",
        "ISO27001:A.8.20",
    ],
    controls: &["Classic DB security group ingress open to the internet"],
    resources: &["aws_db_security_group"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-017.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_db_security_group") {
        let mut unknown = false;
        let mut findings = Vec::new();
        for (k, rule) in inst.node().children("ingress").into_iter().enumerate() {
            let (text, exposed) = match rule.get("cidr") {
                None | Some(Value::Null) => continue,
                Some(Value::String(s)) => (s.to_string(), exposure(s)),
                Some(Value::Unknown(u)) => match unknown_exposure(u) {
                    Some(Exposure::Restricted) => continue,
                    Some(e) => ("a range ending in /0".to_string(), Some(e)),
                    None => {
                        unknown = true;
                        continue;
                    }
                },
                Some(_) => {
                    unknown = true;
                    continue;
                }
            };
            let what = match exposed {
                Some(Exposure::Everyone) => "every address on the internet",
                Some(Exposure::WidePublic) => "a wide range of internet addresses",
                Some(Exposure::Restricted) | None => continue,
            };
            let shown = if text.starts_with('a') {
                text
            } else {
                format!("\"{text}\"")
            };
            findings.push((
                i,
                format!("ingress[{k}].cidr"),
                format!("{} admits {shown} ({what}) to its databases", label(inst)),
            ));
        }
        cx.settle(i, unknown, findings);
    }
}
