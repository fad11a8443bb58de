# A project that passes the gate with its deviations documented: a suppression comment in
# the code, an approved exception in .tfgate-exceptions.toml, and a failure threshold in
# .tfgate.toml. `tfgate check examples/change-control` exits 0 and lists what it suppressed.

resource "aws_kms_key" "data" {
  description         = "application data"
  enable_key_rotation = true
}

resource "aws_s3_bucket" "site" {
  bucket = "acme-public-site"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "site" {
  bucket = aws_s3_bucket.site.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
  }
}

resource "aws_s3_bucket_replication_configuration" "site" {
  bucket = aws_s3_bucket.site.id
  role   = "arn:aws:iam::123456789012:role/s3-replication"

  rule {
    status = "Enabled"

    destination {
      bucket = "arn:aws:s3:::acme-public-site-replica"
    }
  }

  depends_on = [aws_s3_bucket_versioning.site]
}

resource "aws_s3_bucket_versioning" "site" {
  bucket = aws_s3_bucket.site.id

  versioning_configuration {
    status = "Enabled"
  }
}

# The site is public on purpose; the exception in .tfgate-exceptions.toml documents the bucket
# policy side. This comment documents the public access block.
# tfgate:ignore TFG-S3-004, TFG-S3-006 until 2027-06-30 -- public website, approved in SEC-123
resource "aws_s3_bucket_public_access_block" "site" {
  bucket                  = aws_s3_bucket.site.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = false
  restrict_public_buckets = false
}
