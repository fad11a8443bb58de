//! Encryption at rest and in transit: EBS, RDS, DynamoDB, SNS, SQS, EFS, ElastiCache, KMS keys, load balancer and CloudFront TLS, logs, secrets, Redshift, Kinesis, OpenSearch and MSK.
//!
//! One file per rule, registered in the list below (the list is the registry order); code
//! two or more of these rules share lives in `helpers/`, code other areas share too in
//! `rules/common/`.

mod helpers;

super::area_rules! {
    ebs_volume_unencrypted,
    ebs_volume_without_cmk,
    ebs_default_encryption_disabled,
    instance_block_device_unencrypted,
    ebs_snapshot_copy_unencrypted,
    rds_instance_storage_unencrypted,
    rds_cluster_storage_unencrypted,
    rds_performance_insights_without_cmk,
    rds_tls_not_enforced,
    dynamodb_table_without_cmk,
    dax_cluster_unencrypted,
    sns_topic_unencrypted,
    sns_topic_aws_managed_key,
    sqs_queue_unencrypted,
    sqs_queue_without_cmk,
    efs_unencrypted,
    efs_without_cmk,
    ecs_efs_volume_transit_unencrypted,
    elasticache_at_rest_unencrypted,
    elasticache_in_transit_unencrypted,
    elasticache_without_cmk,
    kms_key_rotation_disabled,
    kms_key_policy_public,
    kms_key_disabled,
    lb_listener_plain_http,
    lb_listener_outdated_tls_policy,
    classic_elb_insecure_listener,
    alb_keeps_invalid_headers,
    cloudfront_allows_http,
    cloudfront_outdated_tls,
    log_group_without_kms,
    secret_without_cmk,
    redshift_cluster_unencrypted,
    kinesis_stream_unencrypted,
    opensearch_encryption_disabled,
    msk_cluster_unencrypted_in_transit,
    msk_cluster_without_cmk,
    opensearch_node_to_node_unencrypted,
    opensearch_https_not_enforced,
    opensearch_outdated_tls_policy,
    rds_cluster_without_cmk,
    kinesis_stream_without_cmk,
    redshift_cluster_without_cmk,
    kms_key_short_deletion_window,
}
