//! Containers and Kubernetes: EKS clusters and node groups, ECS task definitions and services, ECR repositories.
//!
//! One file per rule, registered in the list below (the list is the registry order); code
//! two or more of these rules share lives in `helpers/`, code other areas share too in
//! `rules/common/`.

super::area_rules! {}
