//! Containers and Kubernetes: EKS clusters and node groups, ECS task definitions and services, ECR repositories.
//!
//! One file per rule, registered in the list below (the list is the registry order); code
//! two or more of these rules share lives in `helpers/`, code other areas share too in
//! `rules/common/`.

mod helpers;

super::area_rules! {
    eks_public_endpoint,
    eks_public_endpoint_open_to_internet,
    eks_secrets_not_encrypted,
    eks_control_plane_logging_incomplete,
    eks_unsupported_kubernetes_version,
    eks_node_group_ssh_open,
    ecr_scan_on_push_disabled,
    ecr_image_tags_mutable,
    ecr_repository_policy_public,
    ecs_container_insights_disabled,
    ecs_exec_logging_disabled,
    ecs_exec_session_unencrypted,
    ecs_container_privileged,
    ecs_container_root_filesystem_writable,
    ecs_task_shares_host_pid,
    ecs_task_network_mode_not_awsvpc,
    ecs_task_role_is_execution_role,
    ecs_service_admin_role,
    ecs_service_public_ip,
    ecs_fargate_platform_version_pinned,
    batch_job_privileged_container,
    codebuild_privileged_mode,
}
