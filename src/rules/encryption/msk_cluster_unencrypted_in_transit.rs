//! TFG-ENC-036: MSK cluster allows plaintext traffic.

use crate::finding::Severity;
use crate::finding::remedy::Safety;
use crate::rules::common::setting::{self, Expect};
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-ENC-036",
    name: "msk-cluster-unencrypted-in-transit",
    title: "MSK cluster allows plaintext traffic",
    severity: Severity::High,
    area: Area::Encryption,
    aliases: &[
        "AWS-0073",
        "AVD-AWS-0073",
        "aws-msk-enable-in-transit-encryption",
        "CKV_AWS_81",
        "6db52fa6-d4da-4608-908a-89f0c59e743e",
    ],
    compliance: &["SOC2:CC6.7", "NIST:SC-8", "NIST:SC-28"],
    controls: &["MSK encryption at rest / in transit"],
    resources: &["aws_msk_cluster"],
    fixable: true,
    doc: include_str!("../../../rules/TFG-ENC-036.md"),
    check,
};

fn check(cx: &mut Checker) {
    setting::check_fix(
        cx,
        &["aws_msk_cluster"],
        "?encryption_info.?encryption_in_transit.client_broker",
        Expect::OneOf {
            allowed: &["TLS"],
            default: Some("TLS"),
        },
        "clients can send and read records in plaintext",
        // Clients still using plaintext are cut off.
        Some((Safety::Unsafe, "\"TLS\"")),
    );
    setting::check_fix(
        cx,
        &["aws_msk_cluster"],
        "?encryption_info.?encryption_in_transit.in_cluster",
        Expect::True { default: true },
        "brokers replicate in plaintext",
        // Forces a new cluster.
        Some((Safety::Unsafe, "true")),
    );
}
