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
//!
//! Plans and configuration look alike here: both are [`Instance`]s.

pub mod net;
pub mod policy;
pub mod sg;

use std::collections::HashMap;

use crate::eval::value::{Unknown, Value};
use crate::load::module::Mode;
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
    pub bucket: usize,
    /// Companion instances by resource type.
    pub companions: HashMap<&'static str, Vec<usize>>,
}

impl BucketView {
    /// Companions of one type (`aws_s3_bucket_public_access_block`).
    pub fn of(&self, rtype: &str) -> &[usize] {
        self.companions.get(rtype).map_or(&[], Vec::as_slice)
    }
}

/// Indexes and views over a workspace.
pub struct Links<'w> {
    pub ws: &'w Workspace,
    by_type: HashMap<&'w str, Vec<usize>>,
    by_address: HashMap<(&'w str, &'w str), usize>,
    bucket_by_name: HashMap<(&'w str, String), usize>,
    pub buckets: Vec<BucketView>,
    bucket_index: HashMap<usize, usize>,
    /// Per root and companion type: how many companions point at a bucket nobody can know
    /// before apply (so "this bucket has no public access block" is undecidable there).
    unlinked: HashMap<(&'w str, &'static str), usize>,
}

impl<'w> Links<'w> {
    /// Builds the indexes and views. Linear in the number of instances: every lookup is a
    /// hash lookup.
    pub fn build(ws: &'w Workspace) -> Links<'w> {
        let mut by_type: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut by_address = HashMap::new();
        for (i, inst) in ws.instances.iter().enumerate() {
            let key = match inst.mode {
                Mode::Managed => inst.rtype.as_str(),
                Mode::Data => "",
            };
            if !key.is_empty() {
                by_type.entry(key).or_default().push(i);
            }
            by_address.insert((&*inst.root, inst.address.as_str()), i);
        }
        let mut links = Links {
            ws,
            by_type,
            by_address,
            bucket_by_name: HashMap::new(),
            buckets: Vec::new(),
            bucket_index: HashMap::new(),
            unlinked: HashMap::new(),
        };
        links.build_buckets();
        links
    }

    pub fn instance(&self, i: usize) -> &'w Instance {
        &self.ws.instances[i]
    }

    /// Indices of managed instances of a type, in workspace order.
    pub fn of_type(&self, rtype: &str) -> &[usize] {
        self.by_type.get(rtype).map_or(&[], Vec::as_slice)
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
            _ => Target::External,
        }
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
                companions: HashMap::new(),
            });
        }
        for &rtype in BUCKET_COMPANIONS {
            for c in self.of_type(rtype).to_vec() {
                let inst = &self.ws.instances[c];
                let pointer = inst
                    .body
                    .attr("bucket")
                    .map_or(Value::unknown(), |a| a.value.clone());
                match self.resolve(inst, &pointer, &["aws_s3_bucket"]) {
                    Target::Instance(b) => {
                        if let Some(&v) = self.bucket_index.get(&b) {
                            self.buckets[v].companions.entry(rtype).or_default().push(c);
                        }
                    }
                    Target::Unknown => *self.unlinked.entry((&*inst.root, rtype)).or_default() += 1,
                    Target::External => {}
                }
            }
        }
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
