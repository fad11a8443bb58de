//! TFG-EC2-011: Elastic Beanstalk environment without managed platform updates.

use crate::finding::Severity;
use crate::model::access::{Flag, flag};
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-EC2-011",
    name: "beanstalk-managed-updates-disabled",
    title: "Elastic Beanstalk environment without managed platform updates",
    severity: Severity::Medium,
    area: Area::Compute,
    aliases: &["CKV_AWS_340"],
    compliance: &["SOC2:CC7.1", "NIST:SI-2", "NIST:SI-2(2)", "ISO27001:A.8.8"],
    controls: &["Elastic Beanstalk managed platform updates enabled"],
    resources: &["aws_elastic_beanstalk_environment"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-EC2-011.md"),
    check,
};

const NAMESPACE: &str = "aws:elasticbeanstalk:managedactions";
const OPTION: &str = "ManagedActionsEnabled";

fn check(cx: &mut Checker) {
    for (i, inst) in cx.resources("aws_elastic_beanstalk_environment") {
        let node = inst.node();
        let mut unknown = false;
        let mut verdict = None;
        for (k, s) in node.children("setting").iter().enumerate() {
            let namespace = s.get("namespace");
            let name = s.get("name");
            if namespace.is_some_and(Value::is_unknown) || name.is_some_and(Value::is_unknown) {
                unknown = true;
                continue;
            }
            if namespace.and_then(Value::as_str) != Some(NAMESPACE)
                || name.and_then(Value::as_str) != Some(OPTION)
            {
                continue;
            }
            // Beanstalk reads option values case-insensitively ("True" enables them too).
            let value = match s.get("value") {
                Some(Value::String(v)) if v.eq_ignore_ascii_case("true") => Flag::True,
                Some(Value::String(v)) if v.eq_ignore_ascii_case("false") => Flag::False,
                v => flag(v),
            };
            verdict = Some((k, value));
        }
        let what = label(inst);
        match verdict {
            Some((_, Flag::True)) => cx.pass(i),
            Some((_, Flag::Unknown)) => cx.undecided(i),
            Some((k, Flag::False | Flag::Unset)) => cx.report(
                i,
                &format!("setting[{k}].value"),
                format!(
                    "{what} sets `{OPTION}` to false: the platform (OS, runtime, web server) is \
                     patched only when someone updates it by hand"
                ),
            ),
            None if unknown => cx.undecided(i),
            // A saved configuration template can enable them.
            None if node.set("template_name").is_some() => cx.undecided(i),
            None => cx.report(
                i,
                "",
                format!(
                    "{what} does not set `{OPTION}` in namespace `{NAMESPACE}` (default \
                     false): the platform (OS, runtime, web server) is patched only when \
                     someone updates it by hand"
                ),
            ),
        }
    }
}
