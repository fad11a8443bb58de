resource "aws_s3_bucket_public_access_block" "off" {
  bucket                  = "off"
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = false # expect: TFG-S3-006
}

resource "aws_s3_bucket_public_access_block" "unset" { # expect: TFG-S3-006
  bucket                  = "unset"
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
}

resource "aws_s3_bucket_public_access_block" "good" {
  bucket                  = "good"
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_public_access_block" "counted" {
  count                   = 2
  bucket                  = "counted-${count.index}"
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
