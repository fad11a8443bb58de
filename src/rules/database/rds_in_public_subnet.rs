//! TFG-DB-019: RDS database is placed in a subnet that routes to an internet gateway.

use rustc_hash::FxHashMap as HashMap;

use crate::finding::Severity;
use crate::link::Target;
use crate::link::route::{RouteView, SUBNET_TYPES};
use crate::model::value::Value;
use crate::rules::common::rds::{is_replica, name, sets};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-DB-019",
    name: "rds-in-public-subnet",
    title: "RDS database is placed in a subnet that routes to an internet gateway",
    severity: Severity::Medium,
    area: Area::Database,
    aliases: &[
        "rds_associated_with_public_subnet",
        "2f737336-b18a-4602-8ea0-b200312e1ac1",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:SC-7",
        "NIST:SC-7(5)",
        "ISO27001:A.8.20",
        "ISO27001:A.8.22",
    ],
    controls: &["RDS instance placed in a public subnet"],
    resources: &["aws_db_instance", "aws_rds_cluster"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-DB-019.md"),
    check,
};

const PROBLEM: &str = "the database sits one `publicly_accessible = true` away from the \
                       internet, outside the private tier network controls assume";

fn check(cx: &mut Checker) {
    let types = ["aws_db_instance", "aws_rds_cluster"];
    if types.iter().all(|t| cx.links.of_type(t).is_empty()) {
        return;
    }
    let routes = RouteView::build(cx.links);
    // Subnet groups by root and name (`None`: two of one name, which AWS refuses).
    let mut groups: HashMap<(&str, &str), Option<usize>> = HashMap::default();
    for (g, group) in cx.resources("aws_db_subnet_group") {
        if let Some(n) = group.node().get("name").and_then(Value::as_str) {
            groups
                .entry((&group.root, n))
                .and_modify(|e| *e = None)
                .or_insert(Some(g));
        }
    }
    for t in types {
        for (i, inst) in cx.resources(t) {
            // A replica lives in its source's network (a cross-Region one names a group).
            let source = if t == "aws_db_instance" {
                is_replica(inst)
            } else {
                sets(inst, "replication_source_identifier")
            };
            let arg = "db_subnet_group_name";
            let group = match inst.node().get(arg) {
                None | Some(Value::Null) => {
                    match source {
                        Some(true) => cx.pass(i),
                        None => cx.undecided(i),
                        Some(false) => cx.report(
                            i,
                            "",
                            format!(
                                "{} does not set `{arg}`: it is placed in the default VPC, \
                                 whose subnets route to an internet gateway, so {PROBLEM}",
                                name(inst)
                            ),
                        ),
                    }
                    continue;
                }
                Some(Value::String(n)) => groups.get(&(&*inst.root, n.as_ref())).copied().flatten(),
                Some(v) => match cx.links.resolve(inst, v, &["aws_db_subnet_group"]) {
                    Target::Instance(g) => Some(g),
                    Target::Unknown | Target::External => None,
                },
            };
            // A group managed elsewhere.
            let Some(g) = group else {
                cx.undecided(i);
                continue;
            };
            let group_inst = cx.links.instance(g);
            let Some(Value::List(ids) | Value::Set(ids)) = group_inst.node().get("subnet_ids")
            else {
                cx.undecided(i);
                continue;
            };
            let mut unknown = false;
            let mut public = None;
            for id in ids.iter() {
                let Target::Instance(s) = cx.links.resolve(group_inst, id, SUBNET_TYPES) else {
                    unknown = true;
                    continue;
                };
                match routes.subnet_public(cx.links, s) {
                    Some(true) => {
                        public = Some(s);
                        break;
                    }
                    Some(false) => {}
                    None => unknown = true,
                }
            }
            match public {
                Some(s) => cx.report(
                    i,
                    arg,
                    format!(
                        "{} uses subnet group {}, whose subnet `{}` routes to an internet \
                         gateway: {PROBLEM}",
                        name(inst),
                        label(group_inst),
                        cx.links.instance(s).address
                    ),
                ),
                None if unknown => cx.undecided(i),
                None => cx.pass(i),
            }
        }
    }
}
