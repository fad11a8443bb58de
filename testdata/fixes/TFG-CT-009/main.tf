resource "aws_cloudtrail" "data_only" {
  name                       = "data-only"
  s3_bucket_name             = "audit-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true

  event_selector {
    read_write_type           = "All"
    include_management_events = false

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}
