variable "unknown_value" {
  type = string
}


resource "aws_cloudtrail" "unset" { # expect: TFG-CT-008
  name                       = "unset"
  s3_bucket_name             = "audit-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:123456789012:key/k"
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:trail:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/r"
}

resource "aws_cloudtrail" "empty" { # expect: TFG-CT-008
  name                       = "empty"
  s3_bucket_name             = "audit-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:123456789012:key/k"
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:trail:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/r"
  sns_topic_name             = ""
}

resource "aws_cloudtrail" "unknown" {
  name                       = "unknown"
  s3_bucket_name             = "audit-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:123456789012:key/k"
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:trail:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/r"
  sns_topic_name             = var.unknown_value
}

resource "aws_cloudtrail" "good" {
  name                       = "good"
  s3_bucket_name             = "audit-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:123456789012:key/k"
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:trail:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/r"
  sns_topic_name             = "deliveries"
}
