resource "aws_s3_bucket" "plain" { # expect: TFG-S3-012
  bucket = "plain"
}

resource "aws_s3_bucket" "v3" {
  bucket = "v3"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256"
      }
    }
  }
}

resource "aws_s3_bucket" "v4" {
  bucket = "v4"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "v4" {
  bucket = aws_s3_bucket.v4.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
