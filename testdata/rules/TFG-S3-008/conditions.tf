# A heredoc policy with interpolations: the JSON structure is read, only the interpolated
# strings are unknown.
resource "aws_s3_bucket" "templated" {
  bucket = "templated-${var.env}"
}

variable "env" {}

resource "aws_s3_bucket_policy" "templated" {
  bucket = aws_s3_bucket.templated.id
  # expect-below: TFG-S3-008
  policy = <<-POLICY
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Principal": "*",
        "Action": "s3:GetObject",
        "Resource": "${aws_s3_bucket.templated.arn}/*"
      }]
    }
  POLICY
}

# Conditions that say how, not who, restrict no one.
resource "aws_s3_bucket" "tls_only" {
  bucket = "tls-only"
}

resource "aws_s3_bucket_policy" "tls_only" {
  bucket = aws_s3_bucket.tls_only.id
  policy = jsonencode({ # expect: TFG-S3-008
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "${aws_s3_bucket.tls_only.arn}/*"
      Condition = { Bool = { "aws:SecureTransport" = "true" } }
    }]
  })
}

data "aws_iam_policy_document" "any_account" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::any-account/*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    condition {
      test     = "ArnEquals"
      variable = "aws:PrincipalArn"
      values   = ["arn:aws:iam::*"]
    }
  }
}

resource "aws_s3_bucket" "any_account" {
  bucket = "any-account"
}

resource "aws_s3_bucket_policy" "any_account" {
  bucket = aws_s3_bucket.any_account.id
  policy = data.aws_iam_policy_document.any_account.json # expect: TFG-S3-008
}

# Conditions on the caller's account or organisation narrow "*".
data "aws_caller_identity" "current" {}

resource "aws_s3_bucket" "own_account" {
  bucket = "own-account"
}

resource "aws_s3_bucket_policy" "own_account" {
  bucket = aws_s3_bucket.own_account.id
  policy = <<-POLICY
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Principal": "*",
        "Action": "s3:GetObject",
        "Resource": "${aws_s3_bucket.own_account.arn}/*",
        "Condition": {"StringEquals": {"aws:PrincipalAccount": "${data.aws_caller_identity.current.account_id}"}}
      }]
    }
  POLICY
}

data "aws_iam_policy_document" "organisation" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::organisation/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = ["o-a1b2c3d4e5"]
    }
  }
}

resource "aws_s3_bucket" "organisation" {
  bucket = "organisation"
}

resource "aws_s3_bucket_policy" "organisation" {
  bucket = aws_s3_bucket.organisation.id
  policy = data.aws_iam_policy_document.organisation.json
}

# Delegation to the account's access points: their own policies decide who gets in.
resource "aws_s3_bucket" "access_points" {
  bucket = "access-points"
}

resource "aws_s3_bucket_policy" "access_points" {
  bucket = aws_s3_bucket.access_points.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "*"
      Resource  = [aws_s3_bucket.access_points.arn, "${aws_s3_bucket.access_points.arn}/*"]
      Condition = { StringEquals = { "s3:DataAccessPointAccount" = "123456789012" } }
    }]
  })
}
