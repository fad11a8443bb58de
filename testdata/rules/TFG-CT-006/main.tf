resource "aws_s3_bucket" "unlogged" {
  bucket = "trail-unlogged"
}

resource "aws_cloudtrail" "unlogged" {
  name           = "unlogged"
  s3_bucket_name = aws_s3_bucket.unlogged.id # expect: TFG-CT-006
}

resource "aws_s3_bucket" "logged" {
  bucket = "trail-logged"
}

resource "aws_s3_bucket_logging" "logged" {
  bucket        = aws_s3_bucket.logged.id
  target_bucket = "access-logs"
}

resource "aws_cloudtrail" "logged" {
  name           = "logged"
  s3_bucket_name = aws_s3_bucket.logged.bucket
}

resource "aws_cloudtrail" "external" {
  name           = "external"
  s3_bucket_name = "someone-elses-bucket"
}
