//! Serverless and APIs: Lambda functions and permissions, API Gateway, Step Functions, SQS and SNS, AppSync.
//!
//! One file per rule, registered in the list below (the list is the registry order); code
//! two or more of these rules share lives in `helpers/`, code other areas share too in
//! `rules/common/`.

super::area_rules! {}
