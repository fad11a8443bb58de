//! TFG-SLS-022: AppSync GraphQL API without a web ACL.

use crate::finding::Severity;
use crate::rules::serverless::helpers::index::Pointers;
use crate::rules::serverless::helpers::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SLS-022",
    name: "appsync-api-without-waf",
    title: "AppSync GraphQL API is not protected by a web ACL",
    severity: Severity::Medium,
    area: Area::Serverless,
    aliases: &["CKV2_AWS_33"],
    compliance: &[
        "SOC2:CC6.6",
        "SOC2:CC7.1",
        "NIST:SC-7",
        "NIST:SI-4",
        "ISO27001:A.8.20",
    ],
    controls: &["AppSync GraphQL API associated with WAFv2"],
    resources: &["aws_appsync_graphql_api"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SLS-022.md"),
    check,
};

fn check(cx: &mut Checker) {
    let acls = Pointers::build(
        cx.links,
        &["aws_wafv2_web_acl_association"],
        "resource_arn",
        &["aws_appsync_graphql_api"],
    );
    for (i, inst) in cx.resources("aws_appsync_graphql_api") {
        if !acls.of(i).is_empty() {
            cx.pass(i);
        } else if acls.unlinked_in(&inst.root) {
            cx.undecided(i);
        } else {
            cx.report(
                i,
                "",
                format!(
                    "{} has no `aws_wafv2_web_acl_association`: queries reach the API without web ACL filtering",
                    label(inst)
                ),
            );
        }
    }
}
