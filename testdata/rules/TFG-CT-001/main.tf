variable "off" {
  type    = bool
  default = false
}

variable "unknown" {
  type = bool
}


resource "aws_cloudtrail" "literal" {
  name                       = "literal"
  s3_bucket_name             = "audit-logs"
  is_multi_region_trail      = false # expect: TFG-CT-001
  enable_log_file_validation = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:123456789012:key/k"
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:trail:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/r"
  sns_topic_name             = "deliveries"
}

resource "aws_cloudtrail" "variable" {
  name                       = "variable"
  s3_bucket_name             = "audit-logs"
  is_multi_region_trail      = var.off # expect: TFG-CT-001
  enable_log_file_validation = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:123456789012:key/k"
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:trail:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/r"
  sns_topic_name             = "deliveries"
}

resource "aws_cloudtrail" "unset" { # expect: TFG-CT-001
  name                       = "unset"
  s3_bucket_name             = "audit-logs"
  enable_log_file_validation = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:123456789012:key/k"
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:trail:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/r"
  sns_topic_name             = "deliveries"
}

resource "aws_cloudtrail" "unknown" {
  name                       = "unknown"
  s3_bucket_name             = "audit-logs"
  is_multi_region_trail      = var.unknown
  enable_log_file_validation = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:123456789012:key/k"
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:trail:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/r"
  sns_topic_name             = "deliveries"
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
