//! Code rules of several areas share: resource labels and simple checks ([`simple`]), one
//! setting with provider defaults ([`setting`]), a bucket's settings across its companion
//! resources ([`bucket`]) and the KMS key classifier ([`kms`]).

pub mod bucket;
pub mod kms;
pub mod setting;
pub mod simple;
