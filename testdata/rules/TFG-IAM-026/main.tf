resource "aws_iam_role" "root_arn" {
  name = "root-arn"
  assume_role_policy = jsonencode({ # expect: TFG-IAM-026, TFG-IAM-027
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "sts:AssumeRole" }]
  })
}

data "aws_iam_policy_document" "bare_id" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["111122223333"]
    }
    condition {
      test     = "StringEquals"
      variable = "sts:ExternalId"
      values   = ["vendor-42"]
    }
  }
}

resource "aws_iam_role" "bare_id" {
  name               = "bare-id"
  assume_role_policy = data.aws_iam_policy_document.bare_id.json # expect: TFG-IAM-026
}

# A named role, and a root narrowed to one role by aws:PrincipalArn.
resource "aws_iam_role" "named" {
  name = "named"
  assume_role_policy = jsonencode({
    Statement = [
      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:role/auditor" }, Action = "sts:AssumeRole", Condition = { Bool = { "aws:MultiFactorAuthPresent" = "true" } } },
      {
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:root" }
        Action    = "sts:AssumeRole"
        Condition = { ArnEquals = { "aws:PrincipalArn" = "arn:aws:iam::111122223333:role/ci" }, StringEquals = { "sts:ExternalId" = "x" } }
      },
    ]
  })
}
