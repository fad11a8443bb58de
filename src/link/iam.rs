//! The IAM view: every identity policy (what a user, group, role or permission set may do)
//! and every role trust policy of a root, parsed once with [`super::policy`], and who each
//! policy is attached to.
//!
//! Identity policies are read from `aws_iam_policy`, `aws_iam_role_policy`,
//! `aws_iam_user_policy`, `aws_iam_group_policy`, the inline policies of `aws_iam_role` and
//! `aws_ssoadmin_permission_set_inline_policy`. A policy that is the `json` of an
//! `aws_iam_policy_document` is read from the document's configuration and judged on the
//! resource that holds it; a document that no policy of the root is seen to use, and that
//! names no principal (so it is not a resource or trust policy), is judged on its own, at its
//! `statement` blocks. Likewise a document nothing uses whose statements name principals and
//! allow `sts:AssumeRole` (or its web identity and SAML forms) is judged as a trust policy.

use super::Links;
use super::policy::{self, Policy};
use crate::model::value::{Unknown, Value};
use crate::model::{Instance, Mode};

/// Resource types that hold an identity policy, and the argument that holds it.
pub const IDENTITY_POLICY_HOLDERS: &[(&str, &str)] = &[
    ("aws_iam_policy", "policy"),
    ("aws_iam_role_policy", "policy"),
    ("aws_iam_user_policy", "policy"),
    ("aws_iam_group_policy", "policy"),
    ("aws_ssoadmin_permission_set_inline_policy", "inline_policy"),
];

/// One policy and where it is written.
#[derive(Clone, Debug)]
pub struct PolicyAt {
    /// The instance findings go on: the holder, or the document judged on its own.
    pub instance: usize,
    /// The argument that holds the policy (`policy`, `inline_policy[0].policy`), or `""`
    /// for a document judged on its own (its statements are at `statement[k]`).
    pub path: String,
    pub policy: Policy,
    /// The `aws_iam_policy_document` the policy was read from, if any.
    pub document: Option<usize>,
}

impl PolicyAt {
    /// Where statement `k` of the policy is: its `statement` block for a document judged on
    /// its own, else the argument.
    pub fn statement_path(&self, k: usize) -> String {
        if self.path.is_empty() {
            format!("statement[{k}]")
        } else {
            self.path.clone()
        }
    }
}

/// The IAM view of one root (or workspace range).
#[derive(Debug, Default)]
pub struct IamView {
    pub identity: Vec<PolicyAt>,
    /// `aws_iam_role` `assume_role_policy`.
    pub trust: Vec<PolicyAt>,
    /// Every `aws_iam_user`, `aws_iam_group` and `aws_iam_role` with the identity policies
    /// of this view that apply to it.
    pub principals: Vec<PrincipalPolicies>,
}

/// A user, group or role and the identity policies of the view that apply to it: inline
/// (`aws_iam_*_policy`, a role's `inline_policy`) and attached customer policies
/// (`aws_iam_*_policy_attachment`, `aws_iam_policy_attachment`, `managed_policy_arns`).
#[derive(Debug, Default)]
pub struct PrincipalPolicies {
    pub instance: usize,
    /// Indices into [`IamView::identity`].
    pub policies: Vec<usize>,
    /// Some attachment may apply to it but names its principal or policy by a value
    /// unknown before apply, or attaches a policy from outside the configuration.
    pub incomplete: bool,
}

pub fn build(links: &Links) -> IamView {
    let mut view = IamView::default();
    let mut used = Vec::new();
    for &(rtype, arg) in IDENTITY_POLICY_HOLDERS {
        for &i in links.of_type(rtype) {
            let inst = links.instance(i);
            let Some(v) = inst.node().set(arg) else {
                continue;
            };
            view.identity
                .push(read(links, i, arg.to_string(), v, &mut used));
        }
    }
    for &i in links.of_type("aws_iam_role") {
        let inst = links.instance(i);
        for (k, block) in inst.node().children("inline_policy").iter().enumerate() {
            if let Some(v) = block.set("policy") {
                let path = format!("inline_policy[{k}].policy");
                view.identity.push(read(links, i, path, v, &mut used));
            }
        }
        if let Some(v) = inst.node().set("assume_role_policy") {
            view.trust.push(read(
                links,
                i,
                "assume_role_policy".to_string(),
                v,
                &mut used,
            ));
        }
    }
    // Documents used elsewhere (bucket, queue, key policies) name principals; those
    // that do not and that no policy here was seen to use are identity policies written
    // for something outside this view (a module output, a policy in another root).
    let referenced = referenced_documents(links);
    for (i, inst) in links.instances() {
        if inst.mode != Mode::Data
            || inst.rtype != "aws_iam_policy_document"
            || used.contains(&i)
            || referenced.contains(&i)
        {
            continue;
        }
        let policy = policy::own_statements(inst);
        if let Policy::Statements(s) = &policy
            && s.iter().any(|s| s.principals.is_some())
        {
            // A document with principals that lets them assume a role is a trust policy.
            if s.iter().any(|s| {
                s.principals.is_some()
                    && [
                        "sts:AssumeRole",
                        "sts:AssumeRoleWithWebIdentity",
                        "sts:AssumeRoleWithSAML",
                    ]
                    .iter()
                    .any(|a| s.allows_action(a))
            }) {
                view.trust.push(PolicyAt {
                    instance: i,
                    path: String::new(),
                    policy,
                    document: Some(i),
                });
            }
            continue;
        }
        view.identity.push(PolicyAt {
            instance: i,
            path: String::new(),
            policy,
            document: Some(i),
        });
    }
    view.principals = principals(links, &view.identity);
    view
}

/// Whether a value names the principal: its name, or a reference to it (`aws_iam_role.r.id`).
/// `None` when it is unknown and could.
pub fn names(
    links: &Links,
    from: &Instance,
    v: Option<&Value>,
    principal: &Instance,
) -> Option<bool> {
    let name = principal.node().get("name").and_then(Value::as_str);
    match v {
        Some(Value::String(s)) => Some(name == Some(&**s)),
        Some(Value::List(items) | Value::Set(items)) => {
            let mut unknown = false;
            for item in items.iter() {
                match names(links, from, Some(item), principal) {
                    Some(true) => return Some(true),
                    Some(false) => {}
                    None => unknown = true,
                }
            }
            if unknown { None } else { Some(false) }
        }
        Some(Value::Unknown(Unknown::Attribute { resource, .. })) => links
            .by_address(from, resource)
            .map(|i| std::ptr::eq(links.instance(i), principal)),
        Some(Value::Unknown(_)) => None,
        _ => Some(false),
    }
}

/// Links identity policies to the users, groups and roles they apply to.
fn principals(links: &Links, identity: &[PolicyAt]) -> Vec<PrincipalPolicies> {
    let mut out = Vec::new();
    let by_instance = |i: usize| {
        identity
            .iter()
            .position(|at| at.instance == i && at.path == "policy")
    };
    for (rtype, inline, arg, list_arg) in [
        ("aws_iam_user", "aws_iam_user_policy", "user", "users"),
        ("aws_iam_group", "aws_iam_group_policy", "group", "groups"),
        ("aws_iam_role", "aws_iam_role_policy", "role", "roles"),
    ] {
        for &p in links.of_type(rtype) {
            let principal = links.instance(p);
            let mut entry = PrincipalPolicies {
                instance: p,
                ..Default::default()
            };
            // Inline policies.
            for (k, at) in identity.iter().enumerate() {
                let holder = links.instance(at.instance);
                if at.instance == p {
                    entry.policies.push(k);
                } else if holder.rtype == inline && holder.root == principal.root {
                    match names(links, holder, holder.node().get(arg), principal) {
                        Some(true) => entry.policies.push(k),
                        Some(false) => {}
                        None => entry.incomplete = true,
                    }
                }
            }
            // Attachments of customer policies.
            let mut attached: Vec<(&Instance, Option<&Value>)> = Vec::new();
            let single = format!("{rtype}_policy_attachment");
            for &a in links.in_root(&principal.root, &single) {
                let att = links.instance(a);
                match names(links, att, att.node().get(arg), principal) {
                    Some(true) => attached.push((att, att.node().get("policy_arn"))),
                    Some(false) => {}
                    None => entry.incomplete = true,
                }
            }
            for &a in links.in_root(&principal.root, "aws_iam_policy_attachment") {
                let att = links.instance(a);
                match names(links, att, att.node().get(list_arg), principal) {
                    Some(true) => attached.push((att, att.node().get("policy_arn"))),
                    Some(false) => {}
                    None => entry.incomplete = true,
                }
            }
            if let Some(Value::List(arns) | Value::Set(arns)) =
                principal.node().get("managed_policy_arns")
            {
                for arn in arns.iter() {
                    attached.push((principal, Some(arn)));
                }
            }
            for (from, arn) in attached {
                match arn {
                    Some(Value::Unknown(Unknown::Attribute { resource, .. })) => {
                        match links.by_address(from, resource).and_then(by_instance) {
                            Some(k) => entry.policies.push(k),
                            None => entry.incomplete = true,
                        }
                    }
                    _ => entry.incomplete = true,
                }
            }
            entry.policies.sort_unstable();
            entry.policies.dedup();
            out.push(entry);
        }
    }
    out
}

fn read(links: &Links, i: usize, path: String, v: &Value, used: &mut Vec<usize>) -> PolicyAt {
    let inst = links.instance(i);
    let document = policy::document_of(links, inst, v);
    let policy = policy::resolve_traced(links, inst, v, used);
    PolicyAt {
        instance: i,
        path,
        policy,
        document,
    }
}

/// Documents whose `json` some managed resource of the view uses directly in an argument
/// (a bucket, queue or key policy, or a holder above): those are judged where they are used.
fn referenced_documents(links: &Links) -> Vec<usize> {
    let mut out = Vec::new();
    for (_, inst) in links.instances() {
        if inst.mode != Mode::Managed {
            continue;
        }
        for attr in inst.body.attrs.values() {
            if let Some(doc) = policy::document_of(links, inst, &attr.value) {
                out.push(doc);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view_of(tf: &str, check: impl FnOnce(&Links, &IamView)) {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("main.tf"), tf).expect("write");
        let mut loaded = crate::load::load(&crate::load::LoadOptions {
            paths: vec![dir.path().to_path_buf()],
            ..Default::default()
        });
        loaded.diagnostics.clear();
        let (ws, _) = crate::eval::evaluate(&loaded, &crate::eval::EvalOptions::default());
        let links = Links::build(&ws);
        check(&links, links.iam());
    }

    #[test]
    fn policies_are_linked_to_the_principals_they_apply_to() {
        view_of(
            r#"
resource "aws_iam_group" "ops" { name = "ops" }
resource "aws_iam_group_policy" "inline" {
  name   = "inline"
  group  = aws_iam_group.ops.name
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "ec2:*", Resource = "*" }] })
}
resource "aws_iam_policy" "pass" {
  name   = "pass"
  policy = data.aws_iam_policy_document.pass.json
}
data "aws_iam_policy_document" "pass" {
  statement {
    actions   = ["iam:PassRole"]
    resources = ["*"]
  }
}
resource "aws_iam_policy_attachment" "ops" {
  name       = "ops"
  groups     = [aws_iam_group.ops.name]
  policy_arn = aws_iam_policy.pass.arn
}
resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = data.aws_iam_policy_document.trust.json
  managed_policy_arns = ["arn:aws:iam::aws:policy/ReadOnlyAccess"]
}
data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}
data "aws_iam_policy_document" "unused_trust" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"]
    }
  }
}
"#,
            |links, view| {
                let address = |i: usize| links.instance(i).address.clone();
                let holders: Vec<String> =
                    view.identity.iter().map(|p| address(p.instance)).collect();
                assert_eq!(
                    holders,
                    ["aws_iam_policy.pass", "aws_iam_group_policy.inline"]
                );
                assert_eq!(
                    view.identity[0].document.map(address).as_deref(),
                    Some("data.aws_iam_policy_document.pass")
                );
                let trust: Vec<String> = view.trust.iter().map(|p| address(p.instance)).collect();
                assert_eq!(
                    trust,
                    [
                        "aws_iam_role.app",
                        "data.aws_iam_policy_document.unused_trust"
                    ]
                );
                let ops = view
                    .principals
                    .iter()
                    .find(|p| address(p.instance) == "aws_iam_group.ops")
                    .expect("group");
                assert_eq!(ops.policies, [0, 1]);
                assert!(!ops.incomplete);
                // An AWS managed policy is outside the configuration.
                let app = view
                    .principals
                    .iter()
                    .find(|p| address(p.instance) == "aws_iam_role.app")
                    .expect("role");
                assert!(app.policies.is_empty() && app.incomplete);
            },
        );
    }
}
