//! TFG-S3-008: a bucket policy that allows anyone.

use crate::finding::Severity;
use crate::link::policy::Policy;
use crate::rules::common::bucket::{bucket_label, policies};
use crate::rules::common::policy::no_narrowing;
use crate::rules::{Area, Checker, Rule};

pub static RULE: Rule = Rule {
    id: "TFG-S3-008",
    name: "bucket-policy-allows-public",
    title: "S3 bucket policy allows actions to any principal",
    severity: Severity::Critical,
    area: Area::S3,
    aliases: &[
        "CKV_AWS_70",
        "7af43613-6bb9-4a0e-8c4d-1314b799425e",
        "a4966c4f-9141-48b8-a564-ffe9959945bc",
        "AC_AWS_0217",
        "FG_R00210",
        "1df37f4b-7197-45ce-83f8-9994d2fcf885",
        "66c6f96f-2d9e-417e-a998-9058aeeecd44",
        "d24c0755-c028-44b1-b503-8e719c898832",
        "ffdf4b37-7703-4dfe-a682-9d2e99bc6c09",
        "AC_AWS_0218",
        "AC_AWS_0219",
        "AC_AWS_0220",
        "AC_AWS_0221",
        "AC_AWS_0224",
        "FG_R00211",
    ],
    compliance: &[
        "SOC2:CC6.1",
        "SOC2:CC6.6",
        "NIST:AC-3",
        "NIST:AC-6",
        "CIS-AWS:2.1.4",
    ],
    controls: &[
        "Bucket policy allows Principal \"*\" (any/all actions)",
        "Bucket policy allows Get/List/Put/Delete/WriteACP to all principals",
    ],
    resources: &["aws_s3_bucket", "aws_s3_bucket_policy"],
    fixable: false,
    doc: include_str!("../../../rules/TFG-S3-008.md"),
    check,
};

fn check(cx: &mut Checker) {
    let links = cx.links;
    for view in links.buckets.iter().chain(&links.external_buckets) {
        let Some(anchor) = view.anchor("aws_s3_bucket_policy") else {
            continue;
        };
        let bucket = links.instance(view.bucket);
        let mut bad = Vec::new();
        let mut unknown = false;
        for (i, path, policy) in policies(links, view) {
            match policy {
                Policy::Unknown => unknown = true,
                Policy::Invalid(_) => {}
                Policy::Statements(statements) => {
                    for s in statements {
                        // A condition (source VPC, organization, IP) limits who "anyone" is;
                        // an unknown principal or condition cannot be judged.
                        match s.allows_public_unconditionally() {
                            Some(true) => {}
                            Some(false) => continue,
                            None => {
                                unknown = true;
                                continue;
                            }
                        }
                        let actions = if s.actions.is_empty() {
                            "NotAction ...".to_string()
                        } else {
                            s.actions.join(", ")
                        };
                        bad.push((i, path.clone(), format!("{} has a policy that allows `{actions}` to any principal (\"*\") {}", bucket_label(bucket), no_narrowing(&s))));
                    }
                }
            }
        }
        cx.settle(anchor, unknown, bad);
    }
}
