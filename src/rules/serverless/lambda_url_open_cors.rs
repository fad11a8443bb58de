//! TFG-SLS-023: Lambda function URL CORS allows any origin with any method.

use crate::finding::Severity;
use crate::model::Instance;
use crate::model::access::Node;
use crate::model::value::Value;
use crate::rules::serverless::helpers::index::Pointers;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-SLS-023",
    name: "lambda-url-open-cors",
    title: "Lambda function URL lets any website call it with any method",
    severity: Severity::Medium,
    area: Area::Serverless,
    aliases: &["CKV2_AWS_75"],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:AC-4",
        "NIST:SC-7",
        "ISO27001:A.8.26",
    ],
    controls: &["Lambda function URL CORS allows any origin/method"],
    resources: &["aws_lambda_function", "aws_lambda_function_url"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-SLS-023.md"),
    check,
};

/// What a CORS list holds: `*` among its entries, or not known.
fn wildcard(n: &Node<'_>, arg: &str) -> Option<bool> {
    match n.get(arg) {
        None | Some(Value::Null) => Some(false),
        Some(v) => {
            let items = v.as_seq()?;
            let mut unknown = false;
            for item in items {
                match item {
                    Value::String(s) if &**s == "*" => return Some(true),
                    Value::Unknown(_) => unknown = true,
                    _ => {}
                }
            }
            if unknown { None } else { Some(false) }
        }
    }
}

/// `Some(true)` when the URL's CORS allows every origin and every method.
fn open(url: &Instance) -> Option<bool> {
    let mut verdict = Some(false);
    for c in url.node().children("cors") {
        match (wildcard(&c, "allow_origins"), wildcard(&c, "allow_methods")) {
            (Some(true), Some(true)) => return Some(true),
            (Some(false), _) | (_, Some(false)) => {}
            _ => verdict = None,
        }
    }
    verdict
}

fn check(cx: &mut Checker) {
    let links = cx.links;
    let urls = Pointers::build_named(
        links,
        &["aws_lambda_function_url"],
        "function_name",
        &["aws_lambda_function"],
        Some("function_name"),
    );
    let mut linked = rustc_hash::FxHashSet::default();
    for (i, inst) in cx.resources("aws_lambda_function") {
        let mut unknown = false;
        let mut found = Vec::new();
        for &u in urls.of(i) {
            linked.insert(u);
            let url = links.instance(u);
            match open(url) {
                Some(true) => found.push((
                    i,
                    String::new(),
                    format!(
                        "`{}` (function URL `{}`) allows every origin (`*`) with every method (`*`): any website can call the function from its visitors' browsers",
                        inst.address, url.address
                    ),
                )),
                Some(false) => {}
                None => unknown = true,
            }
        }
        cx.settle(i, unknown, found);
    }
    // URLs of functions outside the configuration are judged on their own.
    for (u, url) in cx.resources("aws_lambda_function_url") {
        if linked.contains(&u) {
            continue;
        }
        match open(url) {
            Some(true) => cx.report(
                u,
                "cors",
                format!(
                    "`{}` allows every origin (`*`) with every method (`*`): any website can call the function from its visitors' browsers",
                    url.address
                ),
            ),
            Some(false) => cx.pass(u),
            None => cx.undecided(u),
        }
    }
}
