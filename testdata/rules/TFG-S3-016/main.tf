resource "aws_s3_bucket" "writer" {
  bucket = "writer"
}

resource "aws_s3_bucket_ownership_controls" "writer" {
  bucket = aws_s3_bucket.writer.id
  rule {
    object_ownership = "BucketOwnerPreferred" # expect: TFG-S3-016
  }
}

resource "aws_s3_bucket" "acl" { # expect: TFG-S3-016
  bucket = "acl"
  acl    = "private"
}

resource "aws_s3_bucket" "enforced" {
  bucket = "enforced"
}

resource "aws_s3_bucket_ownership_controls" "enforced" {
  bucket = aws_s3_bucket.enforced.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket" "default" {
  bucket = "default"
}
