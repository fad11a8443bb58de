resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "audit-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  enable_logging             = false
}
