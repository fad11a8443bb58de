//! Linking: one view per bucket, security group and trail, however the configuration
//! spells it, so rules check meaning rather than syntax.
//!
//! - A bucket view gathers the `aws_s3_bucket` and every `aws_s3_bucket_*` resource pointing
//!   at it, by reference (an unknown that remembers `aws_s3_bucket.b.id`, also through module
//!   inputs and outputs), by bucket name, or by ARN; provider v3 inline arguments are read from
//!   the bucket itself by the rules.
//! - Security group rules are normalised from inline `ingress`/`egress` blocks,
//!   `aws_security_group_rule`, and `aws_vpc_security_group_ingress_rule`/`_egress_rule`, each
//!   linked to its group when it can be.
//! - A trail view knows its bucket, KMS key and CloudWatch log group.
//! - The IAM view ([`iam`]) holds every identity and trust policy, parsed once.
//! - The route view ([`route`]) says which subnets route to an internet gateway.
//! - The account view ([`account`]) says, per root, whether "the account lacks X" can be
//!   judged there and where such a finding goes.
//! - The backup view ([`backup`]) says which resources the AWS Backup selections cover.
//!
//! Plans and configuration look alike here: both are [`Instance`]s.

pub mod account;
pub mod backup;
pub mod iam;
pub mod net;
pub mod policy;
pub mod route;
pub mod sg;

use rustc_hash::FxHashMap as HashMap;

use crate::model::Mode;
use crate::model::value::{Unknown, Value};
use crate::model::{Instance, Workspace};

/// Where a pointer (`bucket = ...`, `security_group_id = ...`) leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// The instance at this index.
    Instance(usize),
    /// Not known before apply and not traceable to a resource.
    Unknown,
    /// Known, but nothing scanned has that name or id (something outside the scan).
    External,
}

/// The `aws_s3_bucket_*` companion resources tfgate links to a bucket.
pub const BUCKET_COMPANIONS: &[&str] = &[
    "aws_s3_bucket_public_access_block",
    "aws_s3_bucket_acl",
    "aws_s3_bucket_policy",
    "aws_s3_bucket_server_side_encryption_configuration",
    "aws_s3_bucket_versioning",
    "aws_s3_bucket_logging",
    "aws_s3_bucket_ownership_controls",
    "aws_s3_bucket_website_configuration",
    "aws_s3_bucket_cors_configuration",
    "aws_s3_bucket_replication_configuration",
    "aws_s3_bucket_lifecycle_configuration",
    "aws_s3_bucket_object_lock_configuration",
    "aws_s3_bucket_notification",
];

/// A bucket and the companion resources that point at it.
#[derive(Clone, Debug, Default)]
pub struct BucketView {
    /// The bucket instance; for an external view, its first companion (outcomes of the
    /// bucket's rules are recorded there).
    pub bucket: usize,
    /// Companion instances by resource type.
    pub companions: HashMap<&'static str, Vec<usize>>,
    /// A bucket this configuration does not declare (named by a literal, a variable, a data
    /// source): the view holds only its companions, and `bucket` is not an `aws_s3_bucket`.
    pub external: bool,
}

impl BucketView {
    /// Companions of one type (`aws_s3_bucket_public_access_block`).
    pub fn of(&self, rtype: &str) -> &[usize] {
        self.companions.get(rtype).map_or(&[], Vec::as_slice)
    }

    /// Where a rule about `rtype` companions records the bucket's outcome: the bucket, or for
    /// an external view its first companion of that type. `None` for an external view with
    /// no such companion: nothing there for the rule to judge.
    pub fn anchor(&self, rtype: &str) -> Option<usize> {
        if self.external {
            self.of(rtype).first().copied()
        } else {
            Some(self.bucket)
        }
    }
}

/// A CloudTrail trail and what it points at (`None`: not set).
#[derive(Clone, Copy, Debug)]
pub struct TrailView {
    pub trail: usize,
    pub bucket: Option<Target>,
    pub kms_key: Option<Target>,
    pub log_group: Option<Target>,
}

/// Indexes and views over a workspace.
pub struct Links<'w> {
    pub ws: &'w Workspace,
    /// The instances this view covers: the whole workspace, or one root's (instances are
    /// sorted by root, so a root is a contiguous range).
    range: std::ops::Range<usize>,
    by_type: HashMap<&'w str, Vec<usize>>,
    /// Managed instances by root and type: rules that look for "the account setting of this
    /// root" must not scan every root's instances per resource.
    by_root_type: HashMap<&'w str, HashMap<&'w str, Vec<usize>>>,
    by_address: HashMap<(&'w str, &'w str), usize>,
    bucket_by_name: HashMap<(&'w str, String), usize>,
    pub buckets: Vec<BucketView>,
    /// Views of buckets the configuration does not declare, one per bucket name or per
    /// reference that names it, holding the companions that point there.
    pub external_buckets: Vec<BucketView>,
    bucket_index: HashMap<usize, usize>,
    /// Per root and companion type: how many companions point at a bucket nobody can know
    /// before apply (so "this bucket has no public access block" is undecidable there).
    unlinked: HashMap<(&'w str, &'static str), usize>,
    /// Security group rules, normalised once for every rule that reads them.
    /// (A `OnceLock`: a large root's rules run in parallel; its builder must not use rayon,
    /// as a thread waiting inside it could take up another rule that needs it.)
    sg_rules: std::sync::OnceLock<Vec<sg::SgRule<'w>>>,
    iam: std::sync::OnceLock<iam::IamView>,
    /// What the account rules know beyond the instances (`[account]`, unseen modules).
    account_context: std::sync::Arc<account::Context>,
    accounts: std::sync::OnceLock<Vec<account::AccountView>>,
    backup: std::sync::OnceLock<backup::BackupView>,
}

impl<'w> Links<'w> {
    /// Builds the indexes and views of the whole workspace. Linear in the number of
    /// instances: every lookup is a hash lookup.
    pub fn build(ws: &'w Workspace) -> Links<'w> {
        Links::build_range(ws, 0..ws.instances.len())
    }

    /// Builds the indexes and views of the instances in `range` (typically one root's:
    /// linking never crosses roots). Indices stay workspace indices.
    pub fn build_range(ws: &'w Workspace, range: std::ops::Range<usize>) -> Links<'w> {
        let mut by_type: HashMap<&str, Vec<usize>> = HashMap::default();
        let mut by_root_type: HashMap<&str, HashMap<&str, Vec<usize>>> = HashMap::default();
        let mut by_address = HashMap::default();
        for (i, inst) in ws.instances[range.clone()]
            .iter()
            .enumerate()
            .map(|(n, inst)| (range.start + n, inst))
        {
            let key = match inst.mode {
                Mode::Managed => inst.rtype.as_str(),
                Mode::Data => "",
            };
            if !key.is_empty() {
                by_type.entry(key).or_default().push(i);
                by_root_type
                    .entry(&*inst.root)
                    .or_default()
                    .entry(key)
                    .or_default()
                    .push(i);
            }
            by_address.insert((&*inst.root, inst.address.as_str()), i);
        }
        let mut links = Links {
            ws,
            range,
            by_type,
            by_root_type,
            by_address,
            bucket_by_name: HashMap::default(),
            buckets: Vec::new(),
            external_buckets: Vec::new(),
            bucket_index: HashMap::default(),
            unlinked: HashMap::default(),
            sg_rules: std::sync::OnceLock::new(),
            iam: std::sync::OnceLock::new(),
            account_context: std::sync::Arc::default(),
            accounts: std::sync::OnceLock::new(),
            backup: std::sync::OnceLock::new(),
        };
        links.build_buckets();
        links
    }

    pub fn instance(&self, i: usize) -> &'w Instance {
        &self.ws.instances[i]
    }

    /// How many instances this view covers.
    pub fn len(&self) -> usize {
        self.range.len()
    }

    /// True when the view covers no instance.
    pub fn is_empty(&self) -> bool {
        self.range.is_empty()
    }

    /// The instances this view covers, with their workspace indices.
    pub fn instances(&self) -> impl Iterator<Item = (usize, &'w Instance)> + use<'w> {
        let start = self.range.start;
        self.ws.instances[self.range.clone()]
            .iter()
            .enumerate()
            .map(move |(n, inst)| (start + n, inst))
    }

    /// Indices of managed instances of a type, in workspace order.
    pub fn of_type(&self, rtype: &str) -> &[usize] {
        self.by_type.get(rtype).map_or(&[], Vec::as_slice)
    }

    /// Indices of managed instances of a type in one root, in workspace order.
    pub fn in_root(&self, root: &str, rtype: &str) -> &[usize] {
        self.by_root_type
            .get(root)
            .and_then(|types| types.get(rtype))
            .map_or(&[], Vec::as_slice)
    }

    /// The instance with this address in the same root as `from`.
    pub fn by_address(&self, from: &Instance, address: &str) -> Option<usize> {
        self.by_address.get(&(&*from.root, address)).copied()
    }

    /// Follows a reference value to an instance of one of `types`: an unknown that
    /// remembers its resource, or (for buckets) a known name or ARN.
    pub fn resolve(&self, from: &Instance, value: &Value, types: &[&str]) -> Target {
        match value {
            Value::Unknown(Unknown::Attribute { resource, .. }) => match self
                .by_address(from, resource)
            {
                Some(i) if types.contains(&self.instance(i).rtype.as_str()) => Target::Instance(i),
                Some(_) | None => Target::Unknown,
            },
            Value::Unknown(_) => Target::Unknown,
            Value::String(s) if types.contains(&"aws_s3_bucket") => {
                let name = s.strip_prefix("arn:aws:s3:::").unwrap_or(s);
                match self.bucket_by_name.get(&(&*from.root, name.to_string())) {
                    Some(&i) => Target::Instance(i),
                    None => Target::External,
                }
            }
            Value::String(s) if types.contains(&"aws_cloudwatch_log_group") => {
                match self.by_name(from, "aws_cloudwatch_log_group", "name", s) {
                    Some(i) => Target::Instance(i),
                    None => Target::External,
                }
            }
            _ => Target::External,
        }
    }

    /// The instance of `rtype` in `from`'s root whose `arg` equals `name`.
    fn by_name(&self, from: &Instance, rtype: &str, arg: &str, name: &str) -> Option<usize> {
        self.in_root(&from.root, rtype)
            .iter()
            .copied()
            .find(|&i| self.instance(i).node().get(arg).and_then(Value::as_str) == Some(name))
    }

    fn build_buckets(&mut self) {
        for i in self.of_type("aws_s3_bucket").to_vec() {
            let inst = &self.ws.instances[i];
            if let Some(name) = inst.body.attr("bucket").and_then(|a| a.value.as_str()) {
                self.bucket_by_name
                    .insert((&*inst.root, name.to_string()), i);
            }
            self.bucket_index.insert(i, self.buckets.len());
            self.buckets.push(BucketView {
                bucket: i,
                companions: HashMap::default(),
                external: false,
            });
        }
        // External buckets, keyed by root and by what names them.
        let mut external: HashMap<(&str, String), usize> = HashMap::default();
        for &rtype in BUCKET_COMPANIONS {
            for c in self.of_type(rtype).to_vec() {
                let inst = &self.ws.instances[c];
                let pointer = inst
                    .body
                    .attr("bucket")
                    .map_or(Value::unknown(), |a| a.value.clone());
                let target = self.resolve(inst, &pointer, &["aws_s3_bucket"]);
                if let Target::Instance(b) = target
                    && let Some(&v) = self.bucket_index.get(&b)
                {
                    self.buckets[v].companions.entry(rtype).or_default().push(c);
                    continue;
                }
                if target == Target::Unknown {
                    *self.unlinked.entry((&*inst.root, rtype)).or_default() += 1;
                }
                // Not a bucket of this configuration: a literal name, a variable, or a
                // `data "aws_s3_bucket"` (an instance, but no managed bucket).
                let key = match &pointer {
                    Value::String(name) => {
                        format!(
                            "name:{}",
                            name.strip_prefix("arn:aws:s3:::").unwrap_or(name)
                        )
                    }
                    Value::Unknown(Unknown::Attribute { resource, path }) => {
                        format!("ref:{resource}.{path}")
                    }
                    Value::Unknown(Unknown::Variable { name }) => format!("var:{name}"),
                    // Nothing tells two such companions' buckets apart: one view each.
                    _ => format!("companion:{c}"),
                };
                let v = *external.entry((&*inst.root, key)).or_insert_with(|| {
                    self.external_buckets.push(BucketView {
                        bucket: c,
                        companions: HashMap::default(),
                        external: true,
                    });
                    self.external_buckets.len() - 1
                });
                self.external_buckets[v]
                    .companions
                    .entry(rtype)
                    .or_default()
                    .push(c);
            }
        }
    }

    /// The trail's bucket, KMS key and CloudWatch log group, where the configuration has them.
    pub fn trail_view(&self, trail: usize) -> TrailView {
        let inst = self.instance(trail);
        let target = |arg: &str, types: &[&str]| {
            let v = inst.node().get(arg).cloned().unwrap_or(Value::Null);
            if v.is_null() {
                return None;
            }
            // Log group ARNs end in `:*`; the log group itself is named in the middle.
            let v = match (&v, arg) {
                (Value::String(s), "cloud_watch_logs_group_arn") => {
                    match s.split(":log-group:").nth(1) {
                        Some(rest) => Value::string(rest.trim_end_matches(":*")),
                        None => v.clone(),
                    }
                }
                _ => v.clone(),
            };
            Some(self.resolve(inst, &v, types))
        };
        TrailView {
            trail,
            bucket: target("s3_bucket_name", &["aws_s3_bucket"]),
            kms_key: target("kms_key_id", &["aws_kms_key", "aws_kms_alias"]),
            log_group: target("cloud_watch_logs_group_arn", &["aws_cloudwatch_log_group"]),
        }
    }

    /// Every security group rule of the workspace, however it was written.
    pub fn sg_rules(&self) -> &[sg::SgRule<'w>] {
        self.sg_rules.get_or_init(|| sg::rules(self))
    }

    /// The identity and trust policies of the view, parsed once ([`iam::build`]).
    pub fn iam(&self) -> &iam::IamView {
        self.iam.get_or_init(|| iam::build(self))
    }

    /// The same view, with what the account rules know beyond the instances.
    pub fn with_account_context(mut self, cx: std::sync::Arc<account::Context>) -> Links<'w> {
        self.account_context = cx;
        self.accounts = std::sync::OnceLock::new();
        self
    }

    /// The account rules' context: the controls managed elsewhere, the unsure roots.
    pub fn account_context(&self) -> &account::Context {
        &self.account_context
    }

    /// One account view per root of this view with an AWS resource ([`account::build`]),
    /// built on first use.
    pub fn accounts(&self) -> &[account::AccountView] {
        self.accounts
            .get_or_init(|| account::build(self.ws, self.range.clone(), &self.account_context))
    }

    /// The AWS Backup selections of the view, indexed once ([`backup::build`]).
    pub fn backup(&self) -> &backup::BackupView {
        self.backup.get_or_init(|| backup::build(self))
    }

    /// The bucket view of a bucket instance.
    pub fn bucket_view(&self, bucket: usize) -> Option<&BucketView> {
        self.bucket_index.get(&bucket).map(|&v| &self.buckets[v])
    }

    /// True when some companion of this type in the bucket's root points at a bucket that
    /// cannot be known before apply: a missing companion is then undecidable, not a finding.
    pub fn has_unlinked(&self, from: &Instance, rtype: &'static str) -> bool {
        self.unlinked
            .get(&(&*from.root, rtype))
            .is_some_and(|n| *n > 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trail_views_find_bucket_key_and_log_group() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(
            dir.path().join("main.tf"),
            r#"
resource "aws_s3_bucket" "logs" { bucket = "trail-logs" }
resource "aws_kms_key" "trail" { description = "trail" }
resource "aws_cloudwatch_log_group" "trail" { name = "trail-events" }
resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "trail-logs"
  kms_key_id                 = aws_kms_key.trail.arn
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:trail-events:*"
}
"#,
        )
        .expect("write");
        let mut loaded = crate::load::load(&crate::load::LoadOptions {
            paths: vec![dir.path().to_path_buf()],
            ..Default::default()
        });
        loaded.diagnostics.clear();
        let (ws, _) = crate::eval::evaluate(&loaded, &crate::eval::EvalOptions::default());
        let links = Links::build(&ws);
        let trail = links.of_type("aws_cloudtrail")[0];
        let view = links.trail_view(trail);
        let name = |t: Option<Target>| match t {
            Some(Target::Instance(i)) => links.instance(i).address.clone(),
            other => format!("{other:?}"),
        };
        assert_eq!(name(view.bucket), "aws_s3_bucket.logs");
        assert_eq!(name(view.kms_key), "aws_kms_key.trail");
        assert_eq!(name(view.log_group), "aws_cloudwatch_log_group.trail");
    }
}
