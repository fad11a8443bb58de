//! TFG-ML-007: SageMaker notebook instance runs as a role that may do everything.

use std::collections::HashMap;

use crate::finding::Severity;
use crate::link::Target;
use crate::link::policy::{Effect, Policy};
use crate::model::value::{Unknown, Value};
use crate::model::{Instance, Mode};
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ML-007",
    name: "sagemaker-notebook-role-allows-every-action",
    title: "SageMaker notebook instance runs as a role that may do everything",
    severity: Severity::High,
    area: Area::Ml,
    aliases: &["CKV2_AWS_68"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.3",
        "NIST:AC-6",
        "ISO27001:A.8.2",
        "ISO27001:A.5.15",
    ],
    controls: &["SageMaker notebook execution role not overly permissive"],
    resources: &["aws_sagemaker_notebook_instance"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-ML-007.md"),
    check,
};

/// The AWS managed policy that allows every action on every resource.
const ADMIN_POLICY: &str = ":iam::aws:policy/AdministratorAccess";

/// What a role is allowed, as far as the configuration shows.
#[derive(Default)]
struct Grants {
    /// Where the role is given every action: an inline or attached policy, or the AWS
    /// managed AdministratorAccess.
    every_action: Option<String>,
    /// Some policy of the role is unknown, or an attachment may apply to it.
    unknown: bool,
}

fn check(cx: &mut Checker) {
    let notebooks = cx.resources("aws_sagemaker_notebook_instance");
    if notebooks.is_empty() {
        return;
    }
    let links = cx.links;
    let iam = links.iam();
    let mut grants: HashMap<usize, Grants> = HashMap::new();
    for p in &iam.principals {
        let role = links.instance(p.instance);
        if role.rtype != "aws_iam_role" {
            continue;
        }
        let g = grants.entry(p.instance).or_default();
        g.unknown |= p.incomplete;
        for &k in &p.policies {
            let at = &iam.identity[k];
            match &at.policy {
                Policy::Unknown => g.unknown = true,
                Policy::Invalid(_) => {}
                Policy::Statements(statements) => {
                    for s in statements {
                        if s.effect != Effect::Allow {
                            continue;
                        }
                        if s.actions
                            .iter()
                            .any(|a| a.trim() == "*" || a.trim() == "*:*")
                        {
                            let holder = links.instance(at.instance);
                            g.every_action
                                .get_or_insert_with(|| format!("`{}`", holder.address));
                        } else if s.actions_unknown {
                            g.unknown = true;
                        }
                    }
                }
            }
        }
        if let Some(Value::List(arns) | Value::Set(arns)) = role.node().get("managed_policy_arns")
            && arns
                .iter()
                .any(|a| a.as_str().is_some_and(|a| a.ends_with(ADMIN_POLICY)))
        {
            g.every_action = Some("AdministratorAccess".to_string());
        }
    }
    // Attachments of AdministratorAccess to a role of the configuration.
    // Attachments of AdministratorAccess to roles of the configuration: one role per
    // `aws_iam_role_policy_attachment`, a list of them per `aws_iam_policy_attachment`.
    let role_of = |att: &Instance, v: &Value| match v {
        Value::Unknown(Unknown::Attribute { resource, .. }) => links.by_address(att, resource),
        Value::String(name) => links
            .in_root(&att.root, "aws_iam_role")
            .iter()
            .copied()
            .find(|&r| {
                links.instance(r).node().get("name").and_then(Value::as_str) == Some(&**name)
            }),
        _ => None,
    };
    for (rtype, arg) in [
        ("aws_iam_role_policy_attachment", "role"),
        ("aws_iam_policy_attachment", "roles"),
    ] {
        for (_, att) in cx.resources(rtype) {
            let admin = att
                .node()
                .get("policy_arn")
                .and_then(Value::as_str)
                .is_some_and(|a| a.ends_with(ADMIN_POLICY));
            if !admin {
                continue;
            }
            let roles: Vec<&Value> = match att.node().get(arg) {
                Some(Value::List(items) | Value::Set(items)) => items.iter().collect(),
                Some(v) => vec![v],
                None => Vec::new(),
            };
            for v in roles {
                if let Some(r) = role_of(att, v) {
                    grants.entry(r).or_default().every_action =
                        Some("AdministratorAccess".to_string());
                }
            }
        }
    }
    for (i, inst) in notebooks {
        let Some(v) = inst.node().get("role_arn") else {
            cx.undecided(i);
            continue;
        };
        let Target::Instance(r) = links.resolve(inst, v, &["aws_iam_role"]) else {
            // A role outside the configuration: its policies are not here to judge.
            cx.undecided(i);
            continue;
        };
        let role = links.instance(r);
        if role.mode != Mode::Managed {
            // A role looked up by name: its policies are outside the configuration.
            cx.undecided(i);
            continue;
        }
        match grants.get(&r) {
            Some(Grants {
                every_action: Some(by),
                ..
            }) => cx.report(
                i,
                "role_arn",
                format!(
                    "{} runs as role `{}`, and {} allows it every action (`*`): anyone who can \
                     open the notebook can do anything the account can",
                    label(inst),
                    role.address,
                    if by == "AdministratorAccess" {
                        "the AWS managed policy AdministratorAccess".to_string()
                    } else {
                        format!("the policy of {by}")
                    }
                ),
            ),
            Some(Grants { unknown: true, .. }) => cx.undecided(i),
            _ => cx.pass(i),
        }
    }
}
