//! TFG-IAM-043: Identity Center users created in the configuration instead of provisioned
//! from the identity provider.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-043",
    name: "identity-store-user-defined",
    title: "Identity Center user created in Terraform instead of provisioned by the identity provider",
    severity: Severity::Low,
    area: Area::Iam,
    aliases: &["4003118b-046b-4640-b200-b8c7a4c8b89f"],
    compliance: &["SOC2:CC6.2", "NIST:AC-2", "ISO27001:A.5.16"],
    controls: &["Identity Store (SSO) user created in Terraform instead of synced from IdP"],
    resources: &["aws_identitystore_user"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-043.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_identitystore_user") {
        let who = inst
            .node()
            .get("user_name")
            .and_then(Value::as_str)
            .map(|u| format!("user `{u}`"))
            .unwrap_or_else(|| format!("`{}`", inst.address));
        cx.report(
            i,
            "",
            format!(
                "creates Identity Center {who} by hand: users provisioned from the identity provider (SCIM) are disabled there when people leave; hand-made ones are not"
            ),
        );
    }
}
