resource "aws_cloudtrail" "data_only" {
  name           = "data-only"
  s3_bucket_name = "logs"

  event_selector {
    read_write_type           = "All"
    include_management_events = false # expect: TFG-CT-009
    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}

resource "aws_cloudtrail" "mixed" {
  name           = "mixed"
  s3_bucket_name = "logs"

  dynamic "event_selector" {
    for_each = [false, true]
    content {
      read_write_type           = "All"
      include_management_events = event_selector.value
    }
  }
}

resource "aws_cloudtrail" "default" {
  name           = "default"
  s3_bucket_name = "logs"
}
