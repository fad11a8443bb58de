//! TFG-EC2-001: EC2 instance, launch template or launch configuration accepts IMDSv1.

use super::helpers::{account_http_tokens, launch_template};
use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-EC2-001",
    name: "imdsv1-allowed",
    title: "EC2 instance, launch template or launch configuration accepts IMDSv1",
    severity: Severity::High,
    area: Area::Compute,
    aliases: &[
        "AWS-0028",
        "AVD-AWS-0028",
        "aws-ec2-enforce-http-token-imds",
        "AWS-0130",
        "AVD-AWS-0130",
        "aws-ec2-enforce-launch-config-http-token-imds",
        "CKV_AWS_79",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:AC-3",
        "NIST:SC-7",
        "NIST:CM-7",
        "ISO27001:A.8.9",
    ],
    controls: &[
        "IMDSv2 required (http_tokens = required) on instances, launch templates, launch configurations",
    ],
    resources: &[
        "aws_instance",
        "aws_launch_template",
        "aws_launch_configuration",
    ],
    fixable: false,
    doc: include_str!("../../../rules/TFG-EC2-001.md"),
    check,
};

const PROBLEM: &str = "a request forgery on the instance can read its role's credentials without \
                       a session token (IMDSv1)";

fn check(cx: &mut Checker) {
    for rtype in [
        "aws_instance",
        "aws_launch_template",
        "aws_launch_configuration",
    ] {
        for (i, inst) in cx.resources(rtype) {
            let what = label(inst);
            let options = inst.node().child("metadata_options");
            let endpoint = options.and_then(|o| o.get("http_endpoint"));
            let tokens = options.and_then(|o| o.get("http_tokens"));
            if matches!(endpoint, Some(Value::String(e)) if e.as_ref() == "disabled") {
                cx.pass(i);
                continue;
            }
            match tokens {
                Some(Value::String(t)) if t.as_ref() == "required" => cx.pass(i),
                Some(Value::String(t)) => {
                    if endpoint.is_some_and(Value::is_unknown) {
                        cx.undecided(i);
                    } else {
                        cx.report(
                            i,
                            "metadata_options[0].http_tokens",
                            format!("{what} sets `http_tokens` to \"{t}\": {PROBLEM}"),
                        );
                    }
                }
                Some(Value::Unknown(_)) => cx.undecided(i),
                Some(_) | None => {
                    if endpoint.is_some_and(Value::is_unknown) {
                        cx.undecided(i);
                        continue;
                    }
                    // An instance launched from a template takes the template's options.
                    if options.is_none() && rtype == "aws_instance" {
                        match launch_template(cx, inst) {
                            Some(true) => {
                                cx.pass(i);
                                continue;
                            }
                            Some(false) => {
                                cx.undecided(i);
                                continue;
                            }
                            None => {}
                        }
                    }
                    if account_http_tokens(cx, inst) == Some("required") {
                        cx.pass(i);
                        continue;
                    }
                    let (at, how) = match options {
                        Some(_) => ("metadata_options[0]", String::new()),
                        None => ("", " (no `metadata_options` block)".to_string()),
                    };
                    cx.report(
                        i,
                        at,
                        format!(
                            "{what} does not set `metadata_options.http_tokens`{how}: it \
                             defaults to \"optional\" unless the AMI requires IMDSv2, and {PROBLEM}"
                        ),
                    );
                }
            }
        }
    }
}
