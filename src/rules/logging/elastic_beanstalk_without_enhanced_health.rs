//! TFG-LOG-032: an Elastic Beanstalk environment reports only basic health.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-032",
    name: "elastic-beanstalk-without-enhanced-health",
    title: "Elastic Beanstalk environment reports only basic health",
    severity: Severity::Low,
    area: Area::Logging,
    aliases: &[],
    compliance: &["SOC2:CC7.2", "NIST:SI-4", "NIST:CA-7", "ISO27001:A.8.16"],
    controls: &["Elastic Beanstalk enhanced health reporting"],
    resources: &["aws_elastic_beanstalk_environment"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-032.md"),
    check,
};

const NAMESPACE: &str = "aws:elasticbeanstalk:healthreporting:system";

fn check(cx: &mut Checker) {
    for (i, env) in cx.resources("aws_elastic_beanstalk_environment") {
        let mut unknown = false;
        let mut system: Option<(usize, String)> = None;
        for (n, s) in env.node().children("setting").into_iter().enumerate() {
            let (ns, name) = (s.get("namespace"), s.get("name"));
            if ns.is_some_and(Value::is_unknown) || name.is_some_and(Value::is_unknown) {
                unknown = true;
                continue;
            }
            if ns.and_then(Value::as_str) != Some(NAMESPACE)
                || name.and_then(Value::as_str) != Some("SystemType")
            {
                continue;
            }
            match s.get("value") {
                Some(Value::String(v)) => system = Some((n, v.to_string())),
                _ => unknown = true,
            }
        }
        // A `dynamic "setting"` with unknown keys, or a saved configuration, may set it.
        if env.node().get("setting").is_some_and(Value::is_unknown)
            || env.node().set("template_name").is_some()
        {
            unknown = true;
        }
        match system {
            Some((_, v)) if v.eq_ignore_ascii_case("enhanced") => cx.pass(i),
            Some((n, v)) => cx.report(
                i,
                &format!("setting[{n}]"),
                format!(
                    "{} sets `SystemType` to \"{v}\" in `{NAMESPACE}`: instance and application health problems go unreported",
                    label(env)
                ),
            ),
            None if unknown => cx.undecided(i),
            None => cx.report(
                i,
                "",
                format!(
                    "{} does not set `SystemType` in `{NAMESPACE}` (default basic): instance and application health problems go unreported",
                    label(env)
                ),
            ),
        }
    }
}
