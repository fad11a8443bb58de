//! TFG-LOG-052: AWS Config aggregator does not aggregate all regions.

use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-052",
    name: "config-aggregator-not-all-regions",
    title: "AWS Config aggregator does not aggregate all regions",
    severity: Severity::Low,
    area: Area::Logging,
    aliases: &[
        "AWS-0019",
        "AVD-AWS-0019",
        "aws-config-aggregate-all-regions",
        "CKV_AWS_121",
        "ac5a0bc0-a54c-45aa-90c3-15f7703b9132",
    ],
    compliance: &[
        "SOC2:CC7.1",
        "SOC2:CC7.2",
        "NIST:CM-8",
        "NIST:AU-6",
        "ISO27001:A.8.9",
    ],
    controls: &["AWS Config aggregator sources all regions"],
    resources: &["aws_config_configuration_aggregator"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-052.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_config_configuration_aggregator") {
        let node = inst.node();
        let source = [
            "account_aggregation_source",
            "organization_aggregation_source",
        ]
        .into_iter()
        .find_map(|kind| node.child(kind).map(|n| (kind, n)));
        let Some((kind, source)) = source else {
            cx.report(
                i,
                "",
                format!(
                    "{} does not set `account_aggregation_source` or `organization_aggregation_source`: it aggregates no region",
                    label(inst)
                ),
            );
            continue;
        };
        match flag(source.get("all_regions")) {
            Flag::True => cx.pass(i),
            Flag::Unknown => cx.undecided(i),
            Flag::False => cx.report(
                i,
                &format!("{kind}[0].all_regions"),
                format!(
                    "{} sets `{kind}.all_regions = false`: regions outside its list, and regions AWS opens later, are not aggregated",
                    label(inst)
                ),
            ),
            Flag::Unset => cx.report(
                i,
                &format!("{kind}[0]"),
                format!(
                    "{} does not set `{kind}.all_regions`: only the regions it lists are aggregated, not regions AWS opens later",
                    label(inst)
                ),
            ),
        }
    }
}
