resource "aws_iam_openid_connect_provider" "github" {
  url             = "https://token.actions.githubusercontent.com"
  client_id_list  = ["sts.amazonaws.com"]
  thumbprint_list = ["6938fd4d98bab03faadb97b34396831e3780aea1"]
}

# Only the audience: any repository.
resource "aws_iam_role" "aud_only" {
  name = "aud-only"
  assume_role_policy = jsonencode({ # expect: TFG-IAM-028
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = aws_iam_openid_connect_provider.github.arn }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = { StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" } }
    }]
  })
}

data "aws_iam_policy_document" "any_owner" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"]
    }
    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:example-org/app:*", "repo:*/infra:*"]
    }
  }
}

resource "aws_iam_role" "any_owner" {
  name               = "any-owner"
  assume_role_policy = data.aws_iam_policy_document.any_owner.json # expect: TFG-IAM-028
}

# A document nothing here uses, with an environment claim first.
data "aws_iam_policy_document" "environment" {
  statement { # expect: TFG-IAM-028
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["environment:production"]
    }
  }
}

output "environment" {
  value = data.aws_iam_policy_document.environment.json
}

# Bound to the organisation's repositories.
resource "aws_iam_role" "bound" {
  name = "bound"
  assume_role_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = aws_iam_openid_connect_provider.github.arn }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = {
        StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" }
        StringLike   = { "token.actions.githubusercontent.com:sub" = ["repo:example-org/app:ref:refs/heads/main", "repo:example-org/*"] }
      }
    }]
  })
}

resource "aws_iam_role" "not_github" {
  name = "not-github"
  assume_role_policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

# The provider by reference and no condition at all: any repository.
resource "aws_iam_role" "no_condition" {
  name = "no-condition"
  assume_role_policy = jsonencode({ # expect: TFG-IAM-028
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = aws_iam_openid_connect_provider.github.arn }
      Action    = "sts:AssumeRoleWithWebIdentity"
    }]
  })
}

# Another OIDC provider (an EKS cluster's) by reference: not GitHub.
resource "aws_iam_openid_connect_provider" "eks" {
  url             = "https://oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE"
  client_id_list  = ["sts.amazonaws.com"]
  thumbprint_list = ["9e99a48a9960b14926bb7f3b02e22da2b0ab7280"]
}

resource "aws_iam_role" "eks" {
  name = "eks"
  assume_role_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = aws_iam_openid_connect_provider.eks.arn }
      Action    = "sts:AssumeRoleWithWebIdentity"
    }]
  })
}
