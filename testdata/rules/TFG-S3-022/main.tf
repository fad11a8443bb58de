resource "aws_s3_bucket" "delete" {
  bucket = "delete"
}

resource "aws_s3_bucket_policy" "delete" {
  bucket = aws_s3_bucket.delete.id
  policy = jsonencode({ # expect: TFG-S3-022
    Statement = [{
      Sid       = "Cleanup"
      Effect    = "Allow"
      Principal = "*"
      Action    = ["s3:GetObject", "s3:DeleteObjectVersion"]
      Resource  = "${aws_s3_bucket.delete.arn}/*"
    }]
  })
}

# A policy document data source, `s3:Delete*`.
data "aws_iam_policy_document" "wildcard" {
  statement {
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    actions   = ["s3:Delete*"]
    resources = ["arn:aws:s3:::wildcard/*"]
  }
}

resource "aws_s3_bucket" "wildcard" {
  bucket = "wildcard"
}

resource "aws_s3_bucket_policy" "wildcard" {
  bucket = aws_s3_bucket.wildcard.id
  policy = data.aws_iam_policy_document.wildcard.json # expect: TFG-S3-022
}

# Only the organization's principals: narrowed.
resource "aws_s3_bucket" "org" {
  bucket = "org"
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:DeleteObject"
      Resource  = "arn:aws:s3:::org/*"
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
    }]
  })
}

# Not narrowed: a condition on how the call is made.
resource "aws_s3_bucket" "tls" {
  bucket = "tls"
  policy = jsonencode({ # expect: TFG-S3-022
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:DeleteBucket"
      Resource  = "arn:aws:s3:::tls"
      Condition = { Bool = { "aws:SecureTransport" = "true" } }
    }]
  })
}

# A public ACL WRITE grant lets the grantee delete too: reported once, as write (TFG-S3-021).
resource "aws_s3_bucket" "acl_write" {
  bucket = "acl-write"
  acl    = "public-read-write"
}

# `*` is full control (TFG-S3-024).
resource "aws_s3_bucket" "star" {
  bucket = "star"
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "*"
      Resource  = "arn:aws:s3:::star/*"
    }]
  })
}

# The public access block restricts public buckets: AWS ignores the statement.
resource "aws_s3_bucket" "restricted" {
  bucket = "restricted"
}

resource "aws_s3_bucket_policy" "restricted" {
  bucket = aws_s3_bucket.restricted.id
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:DeleteObject"
      Resource  = "${aws_s3_bucket.restricted.arn}/*"
    }]
  })
}

resource "aws_s3_bucket_public_access_block" "restricted" {
  bucket                  = aws_s3_bucket.restricted.id
  restrict_public_buckets = true
}

# A principal unknown before apply: undecided.
variable "reader" {
  type = string
}

resource "aws_s3_bucket" "unknown" {
  bucket = "unknown"
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = var.reader }
      Action    = "s3:DeleteObject"
      Resource  = "arn:aws:s3:::unknown/*"
    }]
  })
}
