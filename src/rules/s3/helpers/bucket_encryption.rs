//! Shared by the S3 encryption rules: the bucket's default encryption rules.

use crate::link::BucketView;
use crate::model::access::Node;
use crate::rules::Checker;
use crate::rules::common::bucket::{at, settings};

/// Each `apply_server_side_encryption_by_default` with its instance and path.
pub fn defaults<'w>(cx: &Checker<'w>, view: &BucketView) -> Vec<(usize, String, Node<'w>)> {
    let mut out = Vec::new();
    let inline = settings(
        cx.links,
        view,
        "server_side_encryption_configuration",
        "",
        "",
    );
    let companion = settings(
        cx.links,
        view,
        "",
        "aws_s3_bucket_server_side_encryption_configuration",
        "",
    );
    for s in inline.iter().chain(companion.iter()) {
        for (n, rule) in s.node.children("rule").into_iter().enumerate() {
            for (m, d) in rule
                .children("apply_server_side_encryption_by_default")
                .into_iter()
                .enumerate()
            {
                out.push((
                    s.instance,
                    at(
                        s,
                        &format!("rule[{n}].apply_server_side_encryption_by_default[{m}]"),
                    ),
                    d,
                ));
            }
        }
    }
    out
}
