variable "org_id" {
  type = string
}

resource "aws_iam_role" "public" {
  name = "public"
  assume_role_policy = jsonencode({ # expect: TFG-IAM-014
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "sts:AssumeRole"
    }]
  })
}

# A condition that says how, not who, and a heredoc with interpolations.
resource "aws_iam_role" "external_id_only" {
  name = "external-id-only"
  # expect-below: TFG-IAM-014
  assume_role_policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Principal": {"AWS": ["*"]},
        "Action": "sts:AssumeRole",
        "Condition": {"StringEquals": {"sts:ExternalId": "${var.org_id}"}}
      }]
    }
  EOT
}

data "aws_iam_policy_document" "any" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    condition {
      test     = "ArnLike"
      variable = "aws:PrincipalArn"
      values   = ["arn:aws:iam::*:role/deployer"]
    }
  }
}

resource "aws_iam_role" "document" {
  name               = "document"
  assume_role_policy = data.aws_iam_policy_document.any.json # expect: TFG-IAM-014
}

# A document nothing here uses is judged at its statement.
data "aws_iam_policy_document" "exported" {
  statement { # expect: TFG-IAM-014
    actions = ["sts:AssumeRole"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

output "trust" {
  value = data.aws_iam_policy_document.exported.json
}

# Narrowed to an organisation or an account, a service principal, a Deny.
resource "aws_iam_role" "organisation" {
  name = "organisation"
  assume_role_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "sts:AssumeRole"
      Condition = { StringEquals = { "aws:PrincipalOrgID" = var.org_id } }
    }]
  })
}

resource "aws_iam_role" "service" {
  name = "service"
  assume_role_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role" "account" {
  name = "account"
  assume_role_policy = jsonencode({
    Statement = [
      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "sts:AssumeRole" },
      { Effect = "Deny", Principal = "*", Action = "sts:AssumeRole" },
    ]
  })
}
