//! TFG-LOG-034: an ACM certificate opts out of certificate transparency logging.

use crate::finding::Severity;
use crate::model::value::Value;
use crate::rules::common::simple::label;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-LOG-034",
    name: "acm-certificate-transparency-disabled",
    title: "ACM certificate opts out of certificate transparency logging",
    severity: Severity::Low,
    area: Area::Logging,
    aliases: &["CKV_AWS_234"],
    compliance: &["SOC2:CC7.2", "NIST:SC-17", "NIST:SI-4", "ISO27001:A.8.24"],
    controls: &["ACM certificate transparency logging not disabled"],
    resources: &["aws_acm_certificate"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-LOG-034.md"),
    check,
};

fn check(cx: &mut Checker) {
    for (i, cert) in cx.resources("aws_acm_certificate") {
        // Private certificates are never logged publicly, and an imported certificate's
        // logging is its issuer's business.
        if cert.node().set("certificate_authority_arn").is_some()
            || cert.node().set("private_key").is_some()
        {
            cx.pass(i);
            continue;
        }
        for (n, options) in cert.node().children("options").into_iter().enumerate() {
            match options.get("certificate_transparency_logging_preference") {
                Some(Value::String(p)) if p.as_ref() == "DISABLED" => {
                    cx.report(
                        i,
                        &format!("options[{n}].certificate_transparency_logging_preference"),
                        format!(
                            "{} sets `options.certificate_transparency_logging_preference = \"DISABLED\"`: a certificate issued for its domains by mistake or by an attacker is harder to notice",
                            label(cert)
                        ),
                    );
                }
                Some(Value::Unknown(_)) => cx.undecided(i),
                _ => {}
            }
        }
        cx.pass(i);
    }
}
