# Cases of the rule: keys with an inline policy (known, and built from unknown parts), a key
# named by an aws_kms_key_policy, a key without either, an empty policy, and (in unresolved/) a
# key whose policy resource's key_id is unknown (undecided).

data "aws_caller_identity" "current" {}

resource "aws_kms_key" "inline" {
  description = "inline"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "kms:*", Resource = "*" }]
  })
}

resource "aws_kms_key" "inline_unknown" {
  description = "inline-unknown"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = data.aws_caller_identity.current.arn }, Action = "kms:*", Resource = "*" }]
  })
}

resource "aws_kms_key" "separate" {
  description = "separate"
}

resource "aws_kms_key_policy" "separate" {
  key_id = aws_kms_key.separate.id
  policy = jsonencode({ Version = "2012-10-17", Statement = [] })
}

resource "aws_kms_key" "none" { # expect: TFG-SEC-010
  description = "none"
}

resource "aws_kms_key" "empty" {
  description = "empty"
  policy      = "" # expect: TFG-SEC-010
}
