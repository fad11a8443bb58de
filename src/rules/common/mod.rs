//! Code rules of several areas share: resource labels and simple checks ([`simple`]), one
//! setting with provider defaults ([`setting`]), a bucket's settings across its companion
//! resources ([`bucket`]), the KMS key classifier ([`kms`]) and how to say that a policy's
//! conditions do not narrow its principal ([`policy`]), RDS engines, replicas and cluster
//! members ([`rds`]), "the account lacks X" over the account view ([`account`]) and "this
//! resource is in no backup plan" over the backup view ([`backup`]).

pub mod account;
pub mod backup;
pub mod bucket;
pub mod kms;
pub mod policy;
pub mod rds;
pub mod setting;
pub mod simple;
