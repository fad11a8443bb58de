# A trail whose bucket, KMS key and log group are created in the same plan (their ARNs are
# unknown until apply), and a second trail that leaves everything at its default.
resource "aws_s3_bucket" "trail" {
  bucket = "tfgate-fixture-trail"
}

resource "aws_kms_key" "trail" {
  description         = "trail logs"
  enable_key_rotation = true
}

resource "aws_cloudwatch_log_group" "trail" {
  name       = "trail"
  kms_key_id = aws_kms_key.trail.arn
}

resource "aws_cloudtrail" "main" {
  name                          = "main"
  s3_bucket_name                = aws_s3_bucket.trail.id
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  kms_key_id                    = aws_kms_key.trail.arn
  cloud_watch_logs_group_arn    = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn     = "arn:aws:iam::123456789012:role/trail"
  include_global_service_events = true
}

resource "aws_cloudtrail" "plain" {
  name           = "plain"
  s3_bucket_name = aws_s3_bucket.trail.id
}
