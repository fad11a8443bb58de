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

# ACLs disabled, yet an ACL beyond the owner's: AWS rejects it at apply.
resource "aws_s3_bucket" "enforced_public" {
  bucket = "enforced-public"
}

resource "aws_s3_bucket_ownership_controls" "enforced_public" {
  bucket = aws_s3_bucket.enforced_public.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_acl" "enforced_public" {
  bucket = aws_s3_bucket.enforced_public.id
  acl    = "log-delivery-write" # expect: TFG-S3-016
}

# ACLs disabled with the owner-only ACL, which AWS accepts.
resource "aws_s3_bucket" "enforced_private" {
  bucket = "enforced-private"
}

resource "aws_s3_bucket_ownership_controls" "enforced_private" {
  bucket = aws_s3_bucket.enforced_private.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_acl" "enforced_private" {
  bucket = aws_s3_bucket.enforced_private.id
  acl    = "private"
}
