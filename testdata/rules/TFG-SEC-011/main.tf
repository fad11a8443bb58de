# Cases of the rule: public statements (Principal "*" in jsonencode, AWS "*" in a policy
# document, inline on the secret), narrowed by the caller's organisation, a named principal,
# a Deny, and an unknown principal.

variable "reader" {}

resource "aws_secretsmanager_secret" "api" {
  name = "prod/api"
}

resource "aws_secretsmanager_secret_policy" "public" {
  secret_arn = aws_secretsmanager_secret.api.arn
  policy = jsonencode({ # expect: TFG-SEC-011
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Anyone"
      Effect    = "Allow"
      Principal = "*"
      Action    = "secretsmanager:GetSecretValue"
      Resource  = "*"
    }]
  })
}

data "aws_iam_policy_document" "public" {
  statement {
    actions   = ["secretsmanager:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_secretsmanager_secret_policy" "from_document" {
  secret_arn = aws_secretsmanager_secret.api.arn
  policy     = data.aws_iam_policy_document.public.json # expect: TFG-SEC-011
}

resource "aws_secretsmanager_secret" "inline" {
  name = "prod/inline"
  # expect-below: TFG-SEC-011
  policy = <<-JSON
    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "secretsmanager:GetSecretValue", "Resource": "*"}]}
  JSON
}

# Good, and undecided.
resource "aws_secretsmanager_secret_policy" "organisation" {
  secret_arn = aws_secretsmanager_secret.api.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "secretsmanager:GetSecretValue"
      Resource  = "*"
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abc123def4" } }
    }]
  })
}

resource "aws_secretsmanager_secret_policy" "named" {
  secret_arn = aws_secretsmanager_secret.api.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:role/api" }, Action = "secretsmanager:GetSecretValue", Resource = "*" },
      { Effect = "Deny", Principal = "*", Action = "secretsmanager:DeleteSecret", Resource = "*" },
    ]
  })
}

resource "aws_secretsmanager_secret_policy" "unknown" {
  secret_arn = aws_secretsmanager_secret.api.arn
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = var.reader }, Action = "secretsmanager:GetSecretValue", Resource = "*" }]
  })
}
