//! The account view: per root, whether it is where an AWS account is configured, so "the
//! account lacks X" rules (no GuardDuty detector, no Config recorder, no password policy...)
//! are judged once per root, and undecided rather than failed where the root cannot be the
//! place that configures the account, or the team says it is configured elsewhere.
//!
//! A root is **where its account is configured** ([`Judgement::Account`]) when one of its
//! modules writes a `provider "aws"` block (it is deployable) and it manages at least one
//! account-level setting ([`ACCOUNT_TYPES`]: a password policy, a GuardDuty detector, a
//! Config recorder, the organization...): there, a missing control is a finding. A deployable
//! root that manages none ([`Judgement::Deployable`]: an application or an example, whose
//! account baseline lives in another configuration) and a root with AWS resources but no
//! `provider "aws"` block ([`Judgement::NoProvider`]: maybe a reusable module scanned on its
//! own) are unsure: their account rules are undecided. So is a root that calls a module
//! tfgate could not read (not downloaded): the control may live there. The `.tfgate.toml` `[account]` table's
//! `managed-elsewhere` list names the controls another configuration provides
//! ([`Elsewhere`]): their absence is undecided in every root.
//!
//! A finding about the account has no resource of its own: it is recorded on the root's
//! first account-level resource (its [`AccountView::anchor`]; else its first AWS resource,
//! the root module's first) and shown at the `provider "aws"` block
//! ([`AccountView::provider`]).

use std::sync::Arc;

use rustc_hash::FxHashSet as HashSet;

use crate::base::span::Loc;
use crate::model::{Mode, Workspace};

/// An account-level control a configuration may leave to another one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Control {
    /// AWS Config: a configuration recorder (and the Config rules that use it).
    Config,
    GuardDuty,
    SecurityHub,
    AccessAnalyzer,
    /// The IAM account password policy.
    PasswordPolicy,
    /// EBS encryption by default.
    EbsDefaultEncryption,
    /// AWS Backup plans and selections.
    Backup,
}

impl Control {
    /// Every control, in the order the documentation lists them.
    pub const ALL: &'static [Control] = &[
        Control::Config,
        Control::GuardDuty,
        Control::SecurityHub,
        Control::AccessAnalyzer,
        Control::PasswordPolicy,
        Control::EbsDefaultEncryption,
        Control::Backup,
    ];

    /// The name `.tfgate.toml` uses: `managed-elsewhere = ["guardduty"]`.
    pub fn name(self) -> &'static str {
        match self {
            Control::Config => "config",
            Control::GuardDuty => "guardduty",
            Control::SecurityHub => "securityhub",
            Control::AccessAnalyzer => "access-analyzer",
            Control::PasswordPolicy => "password-policy",
            Control::EbsDefaultEncryption => "ebs-default-encryption",
            Control::Backup => "backup",
        }
    }

    /// The control a name means (case-insensitive).
    pub fn parse(name: &str) -> Option<Control> {
        Control::ALL
            .iter()
            .copied()
            .find(|c| c.name().eq_ignore_ascii_case(name.trim()))
    }
}

/// The controls the team provides in another configuration (`[account] managed-elsewhere`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Elsewhere(Vec<Control>);

impl Elsewhere {
    pub fn new(controls: impl IntoIterator<Item = Control>) -> Elsewhere {
        let mut v: Vec<Control> = controls.into_iter().collect();
        v.sort();
        v.dedup();
        Elsewhere(v)
    }

    pub fn contains(&self, control: Control) -> bool {
        self.0.contains(&control)
    }
}

/// What the account rules need to know beyond the instances: the controls managed
/// elsewhere, and the roots that call a module tfgate could not read.
#[derive(Clone, Debug, Default)]
pub struct Context {
    pub elsewhere: Elsewhere,
    /// Roots (as [`crate::model::Instance::root`]) with a module call whose module was not
    /// downloaded: what it would create is unknown.
    pub unseen_modules: HashSet<String>,
    /// Each root's `provider "aws"` block the view shows "lacks X" findings at
    /// ([`aws_providers`]), worked out once per run; `None`: found per view by reading the
    /// workspace's modules (a scan of them all, per root).
    pub providers: Option<std::collections::HashMap<String, Loc>>,
}

/// Each root's preferred `provider "aws"` block: the root module's own before a child
/// module's (a legacy pattern), an unaliased one before an aliased one. One pass over the
/// workspace's modules, for every root at once.
pub fn aws_providers(ws: &Workspace) -> std::collections::HashMap<String, Loc> {
    let mut best: std::collections::HashMap<String, (bool, bool, Loc)> = Default::default();
    for m in &ws.modules {
        for p in m.providers.iter().filter(|p| p.name == "aws") {
            let Some(loc) = p.loc else { continue };
            let rank = (m.path.is_root(), p.alias.is_none());
            match best.get(&*m.root) {
                Some(&(r, a, _)) if rank <= (r, a) => {}
                _ => {
                    best.insert(m.root.to_string(), (rank.0, rank.1, loc));
                }
            }
        }
    }
    best.into_iter()
        .map(|(root, (_, _, loc))| (root, loc))
        .collect()
}

/// The resource types that configure an account as a whole, not a workload: a root that
/// manages one of them is where (part of) its account baseline lives.
pub const ACCOUNT_TYPES: &[&str] = &[
    "aws_iam_account_password_policy",
    "aws_iam_account_alias",
    "aws_guardduty_detector",
    "aws_guardduty_organization_admin_account",
    "aws_securityhub_account",
    "aws_securityhub_organization_admin_account",
    "aws_config_configuration_recorder",
    "aws_config_delivery_channel",
    "aws_config_configuration_aggregator",
    "aws_accessanalyzer_analyzer",
    "aws_ebs_encryption_by_default",
    "aws_ebs_default_kms_key",
    "aws_s3_account_public_access_block",
    "aws_macie2_account",
    "aws_inspector2_enabler",
    "aws_detective_graph",
    "aws_account_alternate_contact",
    "aws_organizations_organization",
    "aws_organizations_account",
    "aws_organizations_policy",
    "aws_organizations_delegated_administrator",
];

/// Whether a root is where its account is configured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Judgement {
    /// A module of the root writes a `provider "aws"` block and the root manages an
    /// account-level setting ([`ACCOUNT_TYPES`]): its account baseline lives here.
    Account,
    /// A `provider "aws"` block, no account-level setting: an application or an example
    /// whose account is configured elsewhere, or a forgotten baseline; tfgate cannot tell.
    Deployable,
    /// AWS resources, but no `provider "aws"` block: possibly a reusable module scanned on
    /// its own.
    NoProvider,
    /// The root calls a module that was not downloaded: the control may be there.
    UnseenModules,
}

/// One root's account: where its findings go and whether "lacks X" can be judged there.
#[derive(Clone, Debug)]
pub struct AccountView {
    pub root: Arc<str>,
    /// The instance outcomes of account rules are recorded on (and reports name): the root's
    /// first account-level resource, else its first AWS resource, the root module's first.
    pub anchor: usize,
    /// The `provider "aws"` block (the one without `alias` first), where findings are shown.
    pub provider: Option<Loc>,
    pub judgement: Judgement,
}

impl AccountView {
    /// Whether `control`'s absence can be a finding here: not when the team manages it
    /// elsewhere, nor when the root is unsure. Backups are a workload's concern: any
    /// deployable root is judged for them.
    pub fn absence_decidable(&self, control: Control, cx: &Context) -> bool {
        if cx.elsewhere.contains(control) {
            return false;
        }
        match (self.judgement, control) {
            (Judgement::Account, _) | (Judgement::Deployable, Control::Backup) => true,
            (Judgement::Deployable, _) | (Judgement::NoProvider | Judgement::UnseenModules, _) => {
                false
            }
        }
    }
}

/// The account views of the instances in `range`, one per root with an AWS resource.
pub fn build(ws: &Workspace, range: std::ops::Range<usize>, cx: &Context) -> Vec<AccountView> {
    let mut views: Vec<AccountView> = Vec::new();
    // Per view: the rank of its anchor (an account-level resource first, then one of the root
    // module), and whether the root manages an account-level setting.
    let mut ranks: Vec<(bool, bool)> = Vec::new();
    let mut account_level: Vec<bool> = Vec::new();
    for i in range {
        let inst = &ws.instances[i];
        if inst.mode != Mode::Managed || !inst.rtype.starts_with("aws_") {
            continue;
        }
        let level = ACCOUNT_TYPES.contains(&inst.rtype.as_str());
        let rank = (level, inst.module.is_root());
        match views.last_mut() {
            Some(v) if Arc::ptr_eq(&v.root, &inst.root) || *v.root == *inst.root => {
                let last = ranks.len() - 1;
                if rank > ranks[last] {
                    v.anchor = i;
                    ranks[last] = rank;
                }
                account_level[last] |= level;
            }
            _ => {
                views.push(AccountView {
                    root: inst.root.clone(),
                    anchor: i,
                    provider: None,
                    judgement: Judgement::NoProvider,
                });
                ranks.push(rank);
                account_level.push(level);
            }
        }
    }
    let computed;
    let providers = match &cx.providers {
        Some(p) => p,
        None => {
            computed = aws_providers(ws);
            &computed
        }
    };
    for (view, &account_level) in views.iter_mut().zip(&account_level) {
        view.provider = providers.get(&*view.root).copied();
        view.judgement = if cx.unseen_modules.contains(&*view.root) {
            Judgement::UnseenModules
        } else if view.provider.is_some() && account_level {
            Judgement::Account
        } else if view.provider.is_some() {
            Judgement::Deployable
        } else {
            Judgement::NoProvider
        };
    }
    views
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for &c in Control::ALL {
            assert_eq!(Control::parse(c.name()), Some(c));
        }
        assert_eq!(Control::parse("GuardDuty"), Some(Control::GuardDuty));
        assert_eq!(Control::parse("inspector"), None);
    }

    fn views(files: &[(&str, &str)], cx: &Context) -> Vec<(String, String, Judgement, bool)> {
        let dir = tempfile::tempdir().expect("temp dir");
        for (name, text) in files {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            std::fs::write(path, text).expect("write");
        }
        let mut loaded = crate::load::load(&crate::load::LoadOptions {
            paths: vec![dir.path().to_path_buf()],
            ..Default::default()
        });
        loaded.diagnostics.clear();
        let (mut ws, _) = crate::eval::evaluate(&loaded, &crate::eval::EvalOptions::default());
        ws.instances
            .sort_by(crate::model::Instance::workspace_order);
        let base = crate::base::path::display(dir.path());
        build(&ws, 0..ws.instances.len(), cx)
            .into_iter()
            .map(|v| {
                (
                    v.root.trim_start_matches(&base).to_string(),
                    ws.instances[v.anchor].address.clone(),
                    v.judgement,
                    v.provider.is_some(),
                )
            })
            .collect()
    }

    #[test]
    fn roots_with_a_provider_block_are_judged() {
        let got = views(
            &[
                (
                    "prod/main.tf",
                    "provider \"aws\" { region = \"eu-west-1\" }\nmodule \"m\" { source = \"../mod\" }\nresource \"aws_s3_bucket\" \"z\" {}\n",
                ),
                (
                    "mod/main.tf",
                    "resource \"aws_guardduty_detector\" \"a\" {}\n",
                ),
                (
                    "app/main.tf",
                    "provider \"aws\" {}\nresource \"aws_sqs_queue\" \"q\" {}\n",
                ),
                ("lib/main.tf", "resource \"aws_sqs_queue\" \"q\" {}\n"),
                ("other/main.tf", "resource \"null_resource\" \"n\" {}\n"),
            ],
            &Context::default(),
        );
        assert_eq!(
            got,
            [
                (
                    "/app".to_string(),
                    "aws_sqs_queue.q".to_string(),
                    Judgement::Deployable,
                    true
                ),
                (
                    "/lib".to_string(),
                    "aws_sqs_queue.q".to_string(),
                    Judgement::NoProvider,
                    false
                ),
                (
                    "/prod".to_string(),
                    "module.m.aws_guardduty_detector.a".to_string(),
                    Judgement::Account,
                    true
                ),
            ]
        );
    }

    #[test]
    fn unseen_modules_make_a_root_unsure() {
        let dir_root = |views: &[(String, String, Judgement, bool)]| views[0].2;
        let files = [(
            "main.tf",
            "provider \"aws\" {}\nresource \"aws_iam_account_alias\" \"z\" { account_alias = \"a\" }\n",
        )];
        assert_eq!(
            dir_root(&views(&files, &Context::default())),
            Judgement::Account
        );
        // The root's name is its directory: mark every root unseen through a catch-all set.
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("main.tf"), files[0].1).expect("write");
        let mut loaded = crate::load::load(&crate::load::LoadOptions {
            paths: vec![dir.path().to_path_buf()],
            ..Default::default()
        });
        loaded.diagnostics.clear();
        let (ws, _) = crate::eval::evaluate(&loaded, &crate::eval::EvalOptions::default());
        let cx = Context {
            elsewhere: Elsewhere::default(),
            unseen_modules: ws.instances.iter().map(|i| i.root.to_string()).collect(),
            providers: None,
        };
        let got = build(&ws, 0..ws.instances.len(), &cx);
        assert_eq!(got[0].judgement, Judgement::UnseenModules);
        assert!(!got[0].absence_decidable(Control::GuardDuty, &cx));
        let judged = AccountView {
            judgement: Judgement::Account,
            ..got[0].clone()
        };
        let app = AccountView {
            judgement: Judgement::Deployable,
            ..got[0].clone()
        };
        assert!(!app.absence_decidable(Control::GuardDuty, &Context::default()));
        assert!(app.absence_decidable(Control::Backup, &Context::default()));
        let elsewhere = Context {
            elsewhere: Elsewhere::new([Control::GuardDuty]),
            ..Context::default()
        };
        assert!(!judged.absence_decidable(Control::GuardDuty, &elsewhere));
        assert!(judged.absence_decidable(Control::Config, &elsewhere));
    }
}
