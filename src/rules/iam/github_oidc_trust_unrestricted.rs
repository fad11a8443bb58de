//! TFG-IAM-028: a role trusting GitHub Actions OIDC without binding the `sub` claim to a
//! repository.

use super::helpers::{Verdict, Which, judge_policies};
use crate::finding::Severity;
use crate::link::policy::{Effect, Statement};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-IAM-028",
    name: "github-oidc-trust-unrestricted",
    title: "GitHub Actions OIDC trust does not bind the sub claim to a repository",
    severity: Severity::Critical,
    area: Area::Iam,
    aliases: &["CKV_AWS_358", "CKV_AWS_393"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "SOC2:CC8.1",
        "NIST:AC-3",
        "NIST:IA-8",
        "ISO27001:A.5.15",
    ],
    controls: &["GitHub Actions OIDC trust restricts the sub claim (no wildcard repo/ref)"],
    resources: &["aws_iam_role", "aws_iam_policy_document"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-028.md"),
    check,
};

const PROVIDER: &str = "token.actions.githubusercontent.com";

/// Claims that do not say which repository the workflow runs in.
const UNBOUND_CLAIMS: &[&str] = &[
    "workflow",
    "environment",
    "ref",
    "context",
    "head_ref",
    "base_ref",
];

/// The statement trusts GitHub's OIDC provider: a `Federated` principal naming it, or (when
/// the provider is a reference, `aws_iam_openid_connect_provider.github.arn`) a condition on
/// one of its claims.
fn trusts_github(s: &Statement) -> bool {
    s.principals.iter().any(|p| {
        p.named
            .iter()
            .any(|(ty, id)| ty == "Federated" && id.contains(&format!("oidc-provider/{PROVIDER}")))
    }) || s
        .conditions
        .iter()
        .any(|c| c.key.to_ascii_lowercase().starts_with(PROVIDER))
}

/// Whether one `sub` value binds the token to a repository: `repo:OWNER/...` with a literal
/// owner. `*`, `repo:*`, `repo:*/app` or a value starting with another claim do not.
fn binds_repository(value: &str) -> bool {
    let mut claims = value.trim().split(':');
    let first = claims.next().unwrap_or_default();
    let Some(second) = claims.next() else {
        return false;
    };
    if first != "repo" || UNBOUND_CLAIMS.iter().any(|c| first.starts_with(c)) {
        return false;
    }
    let owner = second.split('/').next().unwrap_or_default();
    !owner.is_empty() && !owner.contains(['*', '?']) && second.contains('/')
}

/// The OIDC providers of the configuration that are GitHub's (by `url`), by address.
fn github_providers(cx: &Checker) -> Vec<String> {
    cx.links
        .of_type("aws_iam_openid_connect_provider")
        .iter()
        .map(|&i| cx.links.instance(i))
        .filter(|p| {
            p.node()
                .get("url")
                .and_then(|u| u.as_str())
                .is_some_and(|u| u.contains(PROVIDER))
        })
        .map(|p| p.address.clone())
        .collect()
}

fn check(cx: &mut Checker) {
    let github = github_providers(cx);
    judge_policies(cx, Which::Trust, |s| {
        // A `Federated` principal that is this configuration's GitHub provider's `arn`.
        let federated_github = s.principals.iter().any(|p| {
            p.references
                .iter()
                .any(|(ty, r)| ty == "Federated" && github.iter().any(|g| g == r))
        });
        if s.effect != Effect::Allow || !(trusts_github(s) || federated_github) {
            return Verdict::Good;
        }
        let sub = |k: &str| {
            k.eq_ignore_ascii_case(&format!("{PROVIDER}:sub"))
                || (k.starts_with(&format!("{PROVIDER}/")) && k.ends_with(":sub"))
        };
        let subs: Vec<_> = s
            .conditions
            .iter()
            .filter(|c| sub(&c.key) && !c.test.to_ascii_lowercase().contains("not"))
            .collect();
        if subs.iter().any(|c| c.unknown) || (subs.is_empty() && s.condition_unknown) {
            return Verdict::Unknown;
        }
        match subs.iter().flat_map(|c| c.values.iter()).find(|v| !binds_repository(v)) {
            Some(v) => Verdict::Bad(format!(
                "trusts GitHub Actions tokens whose `sub` is `{v}`: workflows of repositories you do not own can assume the role"
            )),
            None if subs.iter().all(|c| c.values.is_empty()) => Verdict::Bad(
                "trusts GitHub Actions tokens with no condition on `sub`: any workflow of any GitHub repository can assume the role".into(),
            ),
            None => Verdict::Good,
        }
    });
}
