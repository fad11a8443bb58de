resource "aws_glacier_vault" "public" {
  name = "public"
  access_policy = jsonencode({ # expect: TFG-IAM-034
    Statement = [{ Effect = "Allow", Principal = "*", Action = "glacier:InitiateJob", Resource = "*" }]
  })
}

data "aws_iam_policy_document" "org" {
  statement {
    actions   = ["glacier:InitiateJob"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = ["o-a1b2c3d4e5"]
    }
  }
}

resource "aws_glacier_vault" "org" {
  name          = "org"
  access_policy = data.aws_iam_policy_document.org.json
}

resource "aws_glacier_vault" "none" {
  name = "none"
}
