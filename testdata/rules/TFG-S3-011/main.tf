resource "aws_s3_bucket" "unlogged" { # expect: TFG-S3-011
  bucket = "unlogged"
}

resource "aws_s3_bucket" "logs" {
  bucket = "access-logs"
}

resource "aws_s3_bucket" "v3" {
  bucket = "v3"
  logging {
    target_bucket = aws_s3_bucket.logs.id
  }
}

resource "aws_s3_bucket" "v4" {
  bucket = "v4"
}

resource "aws_s3_bucket_logging" "v4" {
  bucket        = aws_s3_bucket.v4.id
  target_bucket = "access-logs"
  target_prefix = "v4/"
}
