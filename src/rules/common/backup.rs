//! "This resource is in no AWS Backup plan", over the backup view (`link::backup`): shared by
//! the rules of the database and compute areas.

use crate::link::account::Control;
use crate::link::backup::{ArnKind, Coverage};
use crate::rules::Checker;
use crate::rules::common::simple::label;

/// Judges every instance of `rtype` (ARNs of kind `kind`): passed when a backup selection of
/// its root selects it, undecided when one may; a finding when the root has selections and
/// none selects it, or has none and is a root that configures an account (a `provider "aws"`
/// block, no module left unread) and does not say backups are managed elsewhere
/// (`[account] managed-elsewhere = ["backup"]`: tag-based organization backup policies).
pub fn check_backup(cx: &mut Checker, rtype: &str, kind: ArnKind, loss: &str) {
    let links = cx.links;
    for (i, inst) in cx.resources(rtype) {
        match links.backup().coverage(links, i, kind) {
            Coverage::Covered => cx.pass(i),
            Coverage::Unknown => cx.undecided(i),
            Coverage::NotCovered => cx.report(
                i,
                "",
                format!(
                    "{} is selected by none of the `aws_backup_selection`s of this configuration: {loss}",
                    label(inst)
                ),
            ),
            Coverage::NoSelection => {
                let decidable = links
                    .accounts()
                    .iter()
                    .find(|v| v.root == inst.root)
                    .is_some_and(|v| v.absence_decidable(Control::Backup, links.account_context()));
                if decidable {
                    cx.report(
                        i,
                        "",
                        format!(
                            "{} is in no AWS Backup plan: this configuration has no `aws_backup_selection` and does not declare backups managed elsewhere; {loss}",
                            label(inst)
                        ),
                    );
                } else {
                    cx.undecided_elsewhere(i);
                }
            }
        }
    }
}
