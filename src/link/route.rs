//! Route tables: which subnets send traffic to an internet gateway (public subnets).
//!
//! A subnet takes the route table an `aws_route_table_association` names, else its VPC's
//! main route table (`aws_main_route_table_association`, `aws_default_route_table`, or the
//! implicit one, which holds only the local route for a VPC created here and a route to the
//! internet gateway for the default VPC). A table is public when one of its routes, inline
//! (`route` blocks) or `aws_route`, has an internet gateway as `gateway_id`. Built once per
//! rule run from the instances of one root; every lookup is a hash lookup.

use rustc_hash::FxHashMap as HashMap;

use super::{Links, Target};
use crate::model::value::{Unknown, Value};

/// The subnet resource types [`RouteView::subnet_public`] judges.
pub const SUBNET_TYPES: &[&str] = &["aws_subnet", "aws_default_subnet"];

/// Whether traffic reaches an internet gateway: `Some(true)` yes, `Some(false)` no, `None`
/// not known before apply (or decided outside the configuration).
pub type Public = Option<bool>;

/// The public/private verdict of every route table and subnet association of one view.
pub struct RouteView {
    tables: HashMap<usize, Public>,
    /// Subnet to route table (`None`: an association whose table is unknown).
    associated: HashMap<usize, Option<usize>>,
    /// VPC to its main route table.
    main: HashMap<usize, Option<usize>>,
    /// An association whose subnet is unknown: any subnet without a known one may have it.
    unlinked_association: bool,
    /// A main route table association whose VPC is unknown.
    unlinked_main: bool,
}

/// What a `gateway_id` points at.
fn gateway_public(links: &Links, from: &crate::model::Instance, v: Option<&Value>) -> Public {
    match v {
        None | Some(Value::Null) => Some(false),
        Some(Value::String(s)) => Some(s.starts_with("igw-")),
        Some(v @ Value::Unknown(Unknown::Attribute { .. })) => {
            match links.resolve(from, v, &["aws_internet_gateway"]) {
                Target::Instance(_) => Some(true),
                // Another resource of this configuration (a VPN gateway, a NAT gateway).
                Target::Unknown | Target::External => match v {
                    Value::Unknown(Unknown::Attribute { resource, .. })
                        if links.by_address(from, resource).is_some() =>
                    {
                        Some(false)
                    }
                    _ => None,
                },
            }
        }
        Some(_) => None,
    }
}

/// Combines two verdicts: public wins, then unknown.
fn or(a: Public, b: Public) -> Public {
    match (a, b) {
        (Some(true), _) | (_, Some(true)) => Some(true),
        (Some(false), Some(false)) => Some(false),
        _ => None,
    }
}

impl RouteView {
    /// Reads the route tables, routes and associations of the view.
    pub fn build(links: &Links) -> RouteView {
        let mut tables: HashMap<usize, Public> = HashMap::default();
        let mut main: HashMap<usize, Option<usize>> = HashMap::default();
        let mut unlinked_main = false;
        for rtype in ["aws_route_table", "aws_default_route_table"] {
            for &t in links.of_type(rtype) {
                let inst = links.instance(t);
                let mut public = Some(false);
                for route in inst.node().children("route") {
                    let gw = match route {
                        crate::model::access::Node::Value(Value::Unknown(_)) => None,
                        _ => gateway_public(links, inst, route.get("gateway_id")),
                    };
                    public = or(public, gw);
                }
                tables.insert(t, public);
                if rtype == "aws_default_route_table" {
                    // `default_route_table_id = aws_vpc.x.default_route_table_id`.
                    match inst.node().get("default_route_table_id") {
                        Some(Value::Unknown(Unknown::Attribute { resource, .. })) => {
                            match links.by_address(inst, resource) {
                                Some(vpc) => {
                                    main.insert(vpc, Some(t));
                                }
                                None => unlinked_main = true,
                            }
                        }
                        _ => unlinked_main = true,
                    }
                }
            }
        }
        let table_types = ["aws_route_table", "aws_default_route_table"];
        let mut unlinked_route: Public = Some(false);
        for &r in links.of_type("aws_route") {
            let inst = links.instance(r);
            let gw = gateway_public(links, inst, inst.node().get("gateway_id"));
            let table = inst
                .node()
                .get("route_table_id")
                .cloned()
                .unwrap_or(Value::Null);
            match links.resolve(inst, &table, &table_types) {
                Target::Instance(t) => {
                    let v = tables.entry(t).or_insert(Some(false));
                    *v = or(*v, gw);
                }
                Target::Unknown | Target::External => unlinked_route = or(unlinked_route, gw),
            }
        }
        // A route to the internet that no table claims may belong to any table.
        if unlinked_route != Some(false) {
            for v in tables.values_mut() {
                if *v == Some(false) {
                    *v = None;
                }
            }
        }
        let mut associated: HashMap<usize, Option<usize>> = HashMap::default();
        let mut unlinked_association = false;
        for &a in links.of_type("aws_route_table_association") {
            let inst = links.instance(a);
            let subnet = inst.node().get("subnet_id").cloned();
            let Some(subnet) = subnet.filter(|v| !v.is_null()) else {
                // A gateway association: no subnet.
                continue;
            };
            let table = inst
                .node()
                .get("route_table_id")
                .cloned()
                .unwrap_or(Value::Null);
            let table = match links.resolve(inst, &table, &table_types) {
                Target::Instance(t) => Some(t),
                Target::Unknown | Target::External => None,
            };
            match links.resolve(inst, &subnet, SUBNET_TYPES) {
                Target::Instance(s) => {
                    associated.insert(s, table);
                }
                Target::Unknown | Target::External => unlinked_association = true,
            }
        }
        for &m in links.of_type("aws_main_route_table_association") {
            let inst = links.instance(m);
            let vpc = inst.node().get("vpc_id").cloned().unwrap_or(Value::Null);
            let table = inst
                .node()
                .get("route_table_id")
                .cloned()
                .unwrap_or(Value::Null);
            let table = match links.resolve(inst, &table, &table_types) {
                Target::Instance(t) => Some(t),
                Target::Unknown | Target::External => None,
            };
            match links.resolve(inst, &vpc, &["aws_vpc", "aws_default_vpc"]) {
                Target::Instance(v) => {
                    main.insert(v, table);
                }
                Target::Unknown | Target::External => unlinked_main = true,
            }
        }
        RouteView {
            tables,
            associated,
            main,
            unlinked_association,
            unlinked_main,
        }
    }

    /// Whether an `aws_subnet` or `aws_default_subnet` of the view routes to an internet
    /// gateway.
    pub fn subnet_public(&self, links: &Links, subnet: usize) -> Public {
        let table_public =
            |t: Option<usize>| t.and_then(|t| self.tables.get(&t).copied().flatten());
        if let Some(&table) = self.associated.get(&subnet) {
            return table.and_then(|t| self.tables.get(&t).copied()).flatten();
        }
        if self.unlinked_association {
            return None;
        }
        let inst = links.instance(subnet);
        if inst.rtype == "aws_default_subnet" {
            // A default subnet lives in the default VPC, whose main table routes to its
            // internet gateway unless this configuration manages that table.
            let managed = links
                .of_type("aws_default_vpc")
                .iter()
                .find_map(|v| self.main.get(v).copied());
            return match managed {
                Some(table) => table_public(table),
                None if self.unlinked_main => None,
                None => Some(true),
            };
        }
        let vpc = inst.node().get("vpc_id").cloned().unwrap_or(Value::Null);
        let vpc = match links.resolve(inst, &vpc, &["aws_vpc", "aws_default_vpc"]) {
            Target::Instance(v) => v,
            Target::Unknown | Target::External => return None,
        };
        match self.main.get(&vpc) {
            Some(&table) => table_public(table),
            None if self.unlinked_main => None,
            // The implicit main table: the default VPC's routes to its internet gateway.
            None => Some(links.instance(vpc).rtype == "aws_default_vpc"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::RouteView;
    use crate::link::Links;

    /// Each case: a configuration, and the verdict for each `aws_subnet` by name.
    #[test]
    fn subnets_routing_to_an_internet_gateway() {
        let vpc = r#"
resource "aws_vpc" "v" { cidr_block = "10.0.0.0/16" }
resource "aws_internet_gateway" "igw" { vpc_id = aws_vpc.v.id }
resource "aws_subnet" "s" {
  vpc_id     = aws_vpc.v.id
  cidr_block = "10.0.1.0/24"
}
"#;
        let cases: &[(&str, &str, Option<bool>)] = &[
            ("no table: the VPC's implicit main table", "", Some(false)),
            (
                "associated table with an inline IGW route",
                r#"
resource "aws_route_table" "t" {
  vpc_id = aws_vpc.v.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.igw.id
  }
}
resource "aws_route_table_association" "a" {
  subnet_id      = aws_subnet.s.id
  route_table_id = aws_route_table.t.id
}
"#,
                Some(true),
            ),
            (
                "aws_route to a NAT gateway",
                r#"
resource "aws_nat_gateway" "n" {
  subnet_id     = aws_subnet.s.id
  allocation_id = "eipalloc-1"
}
resource "aws_route_table" "t" { vpc_id = aws_vpc.v.id }
resource "aws_route" "r" {
  route_table_id         = aws_route_table.t.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.n.id
}
resource "aws_route_table_association" "a" {
  subnet_id      = aws_subnet.s.id
  route_table_id = aws_route_table.t.id
}
"#,
                Some(false),
            ),
            (
                "main table set to a public one",
                r#"
resource "aws_route_table" "t" { vpc_id = aws_vpc.v.id }
resource "aws_route" "r" {
  route_table_id         = aws_route_table.t.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = "igw-0123456789abcdef0"
}
resource "aws_main_route_table_association" "m" {
  vpc_id         = aws_vpc.v.id
  route_table_id = aws_route_table.t.id
}
"#,
                Some(true),
            ),
            (
                "an association whose subnet is unknown",
                r#"
variable "subnet" {}
resource "aws_route_table" "t" { vpc_id = aws_vpc.v.id }
resource "aws_route_table_association" "a" {
  subnet_id      = var.subnet
  route_table_id = aws_route_table.t.id
}
"#,
                None,
            ),
            (
                "an IGW route whose table is unknown",
                r#"
variable "table" {}
resource "aws_route_table" "t" { vpc_id = aws_vpc.v.id }
resource "aws_route" "r" {
  route_table_id         = var.table
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.igw.id
}
resource "aws_route_table_association" "a" {
  subnet_id      = aws_subnet.s.id
  route_table_id = aws_route_table.t.id
}
"#,
                None,
            ),
        ];
        for (what, extra, want) in cases {
            let dir = tempfile::tempdir().expect("temp dir");
            std::fs::write(dir.path().join("main.tf"), format!("{vpc}{extra}")).expect("write");
            let mut loaded = crate::load::load(&crate::load::LoadOptions {
                paths: vec![dir.path().to_path_buf()],
                ..Default::default()
            });
            loaded.diagnostics.clear();
            let (ws, _) = crate::eval::evaluate(&loaded, &crate::eval::EvalOptions::default());
            let links = Links::build(&ws);
            let view = RouteView::build(&links);
            let subnet = links.of_type("aws_subnet")[0];
            assert_eq!(view.subnet_public(&links, subnet), *want, "{what}");
        }
    }
}
