//! TFG-IAM-046: The account has no IAM Access Analyzer.

use crate::finding::Severity;
use crate::link::account::Control;
use crate::model::value::Value;
use crate::rules::common::account::{Presence, presence, report_lacks};
use crate::rules::{Area, Checker, Rule};

const ANALYZER: &str = "aws_accessanalyzer_analyzer";
const PRINCIPAL: &str = "access-analyzer.amazonaws.com";

pub static RULE: Rule = Rule {
    id: "TFG-IAM-046",
    name: "account-without-access-analyzer",
    title: "The account has no IAM Access Analyzer",
    severity: Severity::Low,
    area: Area::Iam,
    aliases: &[
        "AWS-0175",
        "AVD-AWS-0175",
        "aws-accessanalyzer-enable-access-analyzer",
        "e592a0c5-5bdb-414c-9066-5dba7cdea370",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:AC-6",
        "NIST:CA-7",
        "CIS-AWS:1.20",
        "ISO27001:A.5.15",
    ],
    controls: &["IAM Access Analyzer enabled"],
    resources: &[
        "aws_accessanalyzer_analyzer",
        "aws_organizations_organization",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-IAM-046.md"),
    check,
};

/// Whether a list of service principals names Access Analyzer (`None`: unknown).
fn names_analyzer(v: Option<&Value>) -> Option<bool> {
    match v {
        None | Some(Value::Null) => Some(false),
        Some(Value::List(items) | Value::Set(items)) => {
            if items.iter().any(|p| p.as_str() == Some(PRINCIPAL)) {
                Some(true)
            } else if items.iter().any(|p| matches!(p, Value::Unknown(_))) {
                None
            } else {
                Some(false)
            }
        }
        Some(Value::String(s)) => Some(&**s == PRINCIPAL),
        Some(_) => None,
    }
}

/// Three-valued OR: true when either is, unknown when neither is and one is unknown.
fn three_valued_or(a: Option<bool>, b: Option<bool>) -> Option<bool> {
    match (a, b) {
        (Some(true), _) | (_, Some(true)) => Some(true),
        (None, _) | (_, None) => None,
        _ => Some(false),
    }
}

fn check(cx: &mut Checker) {
    let links = cx.links;
    let context = links.account_context();
    for view in links.accounts() {
        match presence(cx, view, &[ANALYZER], |_| true) {
            Presence::Present => {
                cx.pass(view.anchor);
                continue;
            }
            Presence::Maybe => {
                cx.undecided(view.anchor);
                continue;
            }
            Presence::Absent => {}
        }
        if context.elsewhere.contains(Control::AccessAnalyzer) {
            cx.undecided(view.anchor);
            continue;
        }
        // The organization trusts Access Analyzer: the analyzer of the organization belongs
        // in this (the management) account, unless it delegates it to another account.
        let delegated = links
            .in_root(&view.root, "aws_organizations_delegated_administrator")
            .iter()
            .map(|&d| names_analyzer(links.instance(d).node().get("service_principal")))
            .fold(Some(false), three_valued_or);
        let mut judged_org = false;
        for &o in links.in_root(&view.root, "aws_organizations_organization") {
            let org = links.instance(o);
            match names_analyzer(org.node().get("aws_service_access_principals")) {
                Some(false) => continue,
                None => {
                    cx.undecided(o);
                    judged_org = true;
                    continue;
                }
                Some(true) => judged_org = true,
            }
            match delegated {
                Some(true) | None => cx.undecided(o),
                Some(false) => cx.report(
                    o,
                    "aws_service_access_principals",
                    format!(
                        "`{}` trusts `{PRINCIPAL}`, but this configuration creates no `{ANALYZER}` and delegates Access Analyzer to no account: nothing reports the resources shared outside the organization",
                        org.address
                    ),
                ),
            }
        }
        if judged_org {
            continue;
        }
        if view.absence_decidable(Control::AccessAnalyzer, context) {
            report_lacks(
                cx,
                view,
                Control::AccessAnalyzer,
                "no IAM Access Analyzer (`aws_accessanalyzer_analyzer`)",
                "nothing reports its buckets, roles, keys and queues that are shared with other accounts or the public",
            );
        } else {
            cx.undecided_elsewhere(view.anchor);
        }
    }
}
