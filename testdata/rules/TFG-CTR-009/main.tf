# TFG-CTR-009: ECR repository policies. Principal "*" in jsonencode, {"AWS": "*"} in a
# heredoc, a policy document, a narrowing condition, ForAllValues on a single-valued key
# (does not narrow), a named account, an unknown principal.

variable "principal" {}

resource "aws_ecr_repository" "app" {
  name = "app"
}

resource "aws_ecr_repository_policy" "star" {
  repository = aws_ecr_repository.app.name
  policy = jsonencode({ # expect: TFG-CTR-009
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
    }]
  })
}

resource "aws_ecr_repository_policy" "aws_star" {
  repository = "app"
  # expect-below: TFG-CTR-009
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "push",
      "Effect": "Allow",
      "Principal": {"AWS": "*"},
      "Action": "ecr:*"
    }
  ]
}
POLICY
}

data "aws_iam_policy_document" "public" {
  statement {
    effect  = "Allow"
    actions = ["ecr:BatchGetImage"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_ecr_repository_policy" "document" {
  repository = "app"
  policy     = data.aws_iam_policy_document.public.json # expect: TFG-CTR-009
}

resource "aws_ecr_repository_policy" "for_all_values" {
  repository = "app"
  policy = jsonencode({ # expect: TFG-CTR-009
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "ecr:BatchGetImage"
      Condition = {
        "ForAllValues:StringEquals" = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" }
      }
    }]
  })
}

resource "aws_ecr_repository_policy" "org" {
  repository = "app"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "ecr:BatchGetImage"
      Condition = {
        StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" }
      }
    }]
  })
}

resource "aws_ecr_repository_policy" "account" {
  repository = "app"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::210987654321:root" }
      Action    = "ecr:BatchGetImage"
    }]
  })
}

resource "aws_ecr_repository_policy" "unknown" {
  repository = "app"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = var.principal }
      Action    = "ecr:BatchGetImage"
    }]
  })
}
