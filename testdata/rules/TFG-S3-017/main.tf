resource "aws_s3_bucket" "lonely" { # expect: TFG-S3-017
  bucket = "lonely"
}

resource "aws_s3_bucket" "source" {
  bucket = "source"
}

resource "aws_s3_bucket" "replica" {
  bucket = "replica"
}

resource "aws_s3_bucket_replication_configuration" "source" {
  bucket = aws_s3_bucket.source.id
  role   = "arn:aws:iam::123456789012:role/replication"
  rule {
    id     = "all"
    status = "Enabled"
    destination {
      bucket = aws_s3_bucket.replica.arn
    }
  }
}
