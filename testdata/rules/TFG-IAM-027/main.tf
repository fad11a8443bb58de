data "aws_caller_identity" "current" {}

resource "aws_iam_role" "vendor_role" {
  name = "vendor-role"
  assume_role_policy = jsonencode({ # expect: TFG-IAM-027
    Statement = [{ Effect = "Allow", Principal = { AWS = ["arn:aws:iam::111122223333:role/vendor"] }, Action = ["sts:AssumeRole", "sts:TagSession"] }]
  })
}

resource "aws_iam_role" "external_id" {
  name = "external-id"
  assume_role_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:role/vendor" }
      Action    = "sts:AssumeRole"
      Condition = { StringEquals = { "sts:ExternalId" = "vendor-42" } }
    }]
  })
}

resource "aws_iam_role" "mfa" {
  name = "mfa"
  assume_role_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:user/alice" }
      Action    = "sts:AssumeRole"
      Condition = { BoolIfExists = { "aws:MultiFactorAuthPresent" = "true" } }
    }]
  })
}

# The configuration's own account, known only after apply: not judged.
resource "aws_iam_role" "own_account" {
  name = "own-account"
  assume_role_policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:role/ci" }, Action = "sts:AssumeRole" }]
  })
}

# A condition that MFA be absent requires nothing.
resource "aws_iam_role" "mfa_false" {
  name = "mfa-false"
  assume_role_policy = jsonencode({ # expect: TFG-IAM-027
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:role/vendor" }
      Action    = "sts:AssumeRole"
      Condition = { Bool = { "aws:MultiFactorAuthPresent" = "false" } }
    }]
  })
}
