resource "aws_s3_bucket" "jsonencode" {
  bucket = "jsonencode"
}

resource "aws_s3_bucket_policy" "jsonencode" {
  bucket = aws_s3_bucket.jsonencode.id
  policy = jsonencode({ # expect: TFG-S3-008
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["s3:GetObject", "s3:ListBucket"]
      Resource  = "*"
    }]
  })
}

# A policy document data source, linked through its computed json.
data "aws_iam_policy_document" "public" {
  statement {
    actions   = ["s3:*"]
    resources = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket" "document" {
  bucket = "document"
}

resource "aws_s3_bucket_policy" "document" {
  bucket = aws_s3_bucket.document.bucket
  policy = data.aws_iam_policy_document.public.json # expect: TFG-S3-008
}

# v3 heredoc on the bucket itself.
resource "aws_s3_bucket" "heredoc" {
  bucket = "heredoc"
  # expect-below: TFG-S3-008
  policy = <<-POLICY
    {
      "Version": "2012-10-17",
      "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::heredoc/*"}]
    }
  POLICY
}

# A condition narrows "anyone": not reported.
resource "aws_s3_bucket" "conditioned" {
  bucket = "conditioned"
}

resource "aws_s3_bucket_policy" "conditioned" {
  bucket = aws_s3_bucket.conditioned.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "*"
      Condition = { StringEquals = { "aws:SourceVpce" = "vpce-1234" } }
    }]
  })
}

# Deny statements to anyone are how TLS is enforced: fine.
resource "aws_s3_bucket" "deny" {
  bucket = "deny"
}

resource "aws_s3_bucket_policy" "deny" {
  bucket = aws_s3_bucket.deny.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Deny", Principal = "*", Action = "s3:*", Resource = "*" }]
  })
}

# A condition unknown before apply cannot be judged: undecided, not a finding.
variable "allowed_vpce" {}

resource "aws_s3_bucket" "unknown_condition" {
  bucket = "unknown-condition"
}

resource "aws_s3_bucket_policy" "unknown_condition" {
  bucket = aws_s3_bucket.unknown_condition.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "*"
      Condition = var.allowed_vpce
    }]
  })
}
