resource "aws_s3_bucket" "none" { # expect: TFG-S3-009
  bucket = "none"
}

resource "aws_s3_bucket" "enforced" {
  bucket = "enforced"
}

data "aws_iam_policy_document" "tls" {
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::enforced", "arn:aws:s3:::enforced/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "enforced" {
  bucket = aws_s3_bucket.enforced.id
  policy = data.aws_iam_policy_document.tls.json
}

resource "aws_s3_bucket" "other_policy" { # expect: TFG-S3-009
  bucket = "other-policy"
}

resource "aws_s3_bucket_policy" "other_policy" {
  bucket = aws_s3_bucket.other_policy.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "s3:GetObject", Resource = "*" }]
  })
}
