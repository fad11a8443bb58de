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

# A configuration whose every rule is `Disabled` replicates nothing, and its destination is no
# copy either; in provider v3 the inline `rules` the same.
resource "aws_s3_bucket" "paused" {
  bucket = "paused"
}

resource "aws_s3_bucket" "paused_replica" { # expect: TFG-S3-017
  bucket = "paused-replica"
}

resource "aws_s3_bucket_replication_configuration" "paused" { # expect: TFG-S3-017
  bucket = aws_s3_bucket.paused.id
  role   = "arn:aws:iam::123456789012:role/replication"
  rule {
    id     = "off"
    status = "Disabled"
    destination {
      bucket = aws_s3_bucket.paused_replica.arn
    }
  }
}

resource "aws_s3_bucket" "v3_paused" {
  bucket = "v3-paused"
  replication_configuration { # expect: TFG-S3-017
    role = "arn:aws:iam::123456789012:role/replication"
    rules {
      id     = "off"
      status = "Disabled"
      destination {
        bucket = "arn:aws:s3:::elsewhere"
      }
    }
  }
}
