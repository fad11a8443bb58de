//! Shared by the four public access block rules: one flag of every
//! `aws_s3_bucket_public_access_block` (and the account-level block) must be `true`.

use crate::finding::remedy::{Remedy, Safety};
use crate::model::access::{Flag, flag};
use crate::rules::Checker;

/// Checks `flag_name` on every bucket and account public access block.
pub fn check_flag(cx: &mut Checker, flag_name: &str, effect: &str) {
    // Blocking public access may cut off readers who rely on it: unsafe.
    let remedy = || Remedy::set(Safety::Unsafe, flag_name, "true");
    for rtype in [
        "aws_s3_bucket_public_access_block",
        "aws_s3_account_public_access_block",
    ] {
        for (i, inst) in cx.resources(rtype) {
            let what = match inst.node().get("bucket").and_then(|b| b.as_str()) {
                Some(name) => format!("public access block of bucket `{name}`"),
                None => format!("`{}`", inst.address),
            };
            match flag(inst.node().get(flag_name)) {
                Flag::True => cx.pass(i),
                Flag::Unknown => cx.undecided(i),
                Flag::False => cx.report_fix(
                    i,
                    flag_name,
                    format!("{what} sets `{flag_name} = false`: {effect}"),
                    remedy(),
                ),
                Flag::Unset => cx.report_fix(
                    i,
                    "",
                    format!("{what} does not set `{flag_name}` (default false): {effect}"),
                    remedy(),
                ),
            }
        }
    }
}
