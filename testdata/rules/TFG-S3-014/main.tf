resource "aws_s3_bucket" "unversioned" { # expect: TFG-S3-014
  bucket = "unversioned"
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
