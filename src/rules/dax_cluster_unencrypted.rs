//! TFG-ENC-011: dAX cluster is not encrypted at rest.

use super::setting::{self, Expect};
use super::{Area, Checker, Rule};
use crate::finding::Severity;

pub static RULE: Rule = Rule {
    id: "TFG-ENC-011",
    name: "dax-cluster-unencrypted",
    title: "DAX cluster is not encrypted at rest",
    severity: Severity::Medium,
    area: Area::Encryption,
    aliases: &[
        "AWS-0023",
        "AVD-AWS-0023",
        "aws-dynamodb-enable-at-rest-encryption",
        "CKV_AWS_47",
        "f11aec39-858f-4b6f-b946-0a1bf46c0c87",
        "AC_AWS_0375",
    ],
    compliance: &["SOC2:CC6.1", "NIST:SC-28"],
    controls: &["DAX cluster encrypted at rest"],
    resources: &["aws_dax_cluster"],
    fixable: false,
    doc: include_str!("../../rules/TFG-ENC-011.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check(
        cx,
        &["aws_dax_cluster"],
        "server_side_encryption.enabled",
        Expect::True { default: false },
        "cached table data is stored unencrypted",
    );
}
