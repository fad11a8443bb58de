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
use crate::model::Mode;
use crate::model::value::Value;

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
            if s.iter()
                .any(|s| {
                    s.principals.is_some()
                        && [
                            "sts:AssumeRole",
                            "sts:AssumeRoleWithWebIdentity",
                            "sts:AssumeRoleWithSAML",
                        ]
                        .iter()
                        .any(|a| s.allows_action(a))
                })
            {
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
    view
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
