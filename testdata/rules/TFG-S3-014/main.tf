# MFA delete guards versions: a bucket without versioning is TFG-S3-010's finding, not this
# rule's, and an `mfa_delete` next to versioning that is not enabled protects nothing (the
# bucket is not judged, never passed: tests/cli.rs holds the outcomes).
resource "aws_s3_bucket" "unversioned" {
  bucket = "unversioned"
}

resource "aws_s3_bucket" "disabled_with_mfa" {
  bucket = "disabled-with-mfa"
}

resource "aws_s3_bucket_versioning" "disabled_with_mfa" {
  bucket = aws_s3_bucket.disabled_with_mfa.id
  versioning_configuration {
    status     = "Disabled"
    mfa_delete = "Enabled"
  }
}

resource "aws_s3_bucket" "v3_off" {
  bucket = "v3-off"
  versioning {
    enabled = false
  }
}

resource "aws_s3_bucket" "v3" {
  bucket = "v3"
  versioning {
    enabled    = true
    mfa_delete = false # expect: TFG-S3-014
  }
}

resource "aws_s3_bucket" "v4" {
  bucket = "v4"
}

resource "aws_s3_bucket_versioning" "v4" {
  bucket = aws_s3_bucket.v4.id
  versioning_configuration { # expect: TFG-S3-014
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "mfa" {
  bucket = "mfa"
}

resource "aws_s3_bucket_versioning" "mfa" {
  bucket = aws_s3_bucket.mfa.id
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}
