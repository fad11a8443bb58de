# A trail recording one region only, and one that leaves the setting unset.
resource "aws_cloudtrail" "main" {
  name                          = "main"
  s3_bucket_name                = "audit-logs"
  enable_log_file_validation    = true
  is_multi_region_trail         = false # was single-region for the pilot
  include_global_service_events = true
}

resource "aws_cloudtrail" "secondary" {
  name                       = "secondary"
  s3_bucket_name             = "audit-logs"
  enable_log_file_validation = true
}
