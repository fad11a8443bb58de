# Cases of the rule: a public statement written with jsonencode, through a local, a heredoc,
# an aws_iam_policy_document and an aws_kms_key_policy; restricted and conditional
# statements; unknown principals, conditions and policies.

variable "unknown_input" {}

locals {
  public_statement = {
    Sid       = "Everyone"
    Effect    = "Allow"
    Principal = "*"
    Action    = ["kms:Decrypt", "kms:DescribeKey"]
    Resource  = "*"
  }
}

resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
  policy = jsonencode({ # expect: TFG-ENC-023
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}

resource "aws_kms_key" "from_local" {
  description         = "data"
  enable_key_rotation = true
  policy = jsonencode({ # expect: TFG-ENC-023
    Version   = "2012-10-17"
    Statement = [local.public_statement]
  })
}

resource "aws_kms_key" "heredoc" {
  description         = "data"
  enable_key_rotation = true
  # expect-below: TFG-ENC-023
  policy = <<-JSON
    {
      "Version": "2012-10-17",
      "Statement": [
        {"Effect": "Allow", "NotPrincipal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "kms:Encrypt", "Resource": "*"}
      ]
    }
  JSON
}

data "aws_iam_policy_document" "public" {
  statement {
    actions   = ["kms:Decrypt"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_kms_key" "shared" {
  count               = 2
  description         = "shared"
  enable_key_rotation = true
}

resource "aws_kms_key_policy" "shared" {
  count  = 2
  key_id = aws_kms_key.shared[count.index].id
  policy = data.aws_iam_policy_document.public.json # expect: TFG-ENC-023
}

resource "aws_kms_key" "data_good" {
  description         = "data"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:root" }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}

resource "aws_kms_key" "org_only" {
  description         = "data"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "kms:Decrypt"
      Resource  = "*"
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abc123" } }
    }]
  })
}

resource "aws_kms_key" "deny_everyone" {
  description         = "data"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "kms:ScheduleKeyDeletion"
      Resource  = "*"
    }]
  })
}

resource "aws_kms_key" "default_policy" {
  description         = "data"
  enable_key_rotation = true
}

resource "aws_kms_key" "principal_unknown" {
  description         = "data"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = var.unknown_input }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}

resource "aws_kms_key" "condition_unknown" {
  description         = "data"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "kms:Decrypt"
      Resource  = "*"
      Condition = var.unknown_input
    }]
  })
}

resource "aws_kms_key" "policy_unknown" {
  description         = "data"
  enable_key_rotation = true
  policy              = var.unknown_input
}
