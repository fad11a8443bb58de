# Every action for a named role (jsonencode, a policy document, inline on the secret), what a
# workload needs, a Deny, NotAction, and unknown actions.

variable "actions" {
  type = list(string)
}

resource "aws_secretsmanager_secret" "api" {
  name = "prod/api"
}

resource "aws_secretsmanager_secret_policy" "admin" {
  secret_arn = aws_secretsmanager_secret.api.arn
  policy = jsonencode({ # expect: TFG-SEC-012
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Admin"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/admin" }
      Action    = "SecretsManager:*"
      Resource  = "*"
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abc123" } }
    }]
  })
}

data "aws_iam_policy_document" "everything" {
  statement {
    actions   = ["*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:role/ops"]
    }
  }
}

resource "aws_secretsmanager_secret_policy" "from_document" {
  count      = 2
  secret_arn = aws_secretsmanager_secret.api.arn
  policy     = data.aws_iam_policy_document.everything.json # expect: TFG-SEC-012
}

resource "aws_secretsmanager_secret" "inline" {
  name = "prod/inline"
  # expect-below: TFG-SEC-012
  policy = <<-JSON
    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:role/ops"}, "Action": ["secretsmanager:GetSecretValue", "secretsmanager:*"], "Resource": "*"}]}
  JSON
}

# Good, and undecided.
resource "aws_secretsmanager_secret_policy" "reader" {
  secret_arn = aws_secretsmanager_secret.api.arn
  policy = jsonencode({
    Statement = [
      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:role/api" }, Action = ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"], Resource = "*" },
      { Effect = "Deny", Principal = "*", Action = "secretsmanager:*", Resource = "*", Condition = { StringNotEquals = { "aws:PrincipalAccount" = "123456789012" } } },
    ]
  })
}

resource "aws_secretsmanager_secret_policy" "other_service" {
  secret_arn = aws_secretsmanager_secret.api.arn
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:role/api" }, Action = ["kms:*", "secretsmanager:Get*"], Resource = "*" }]
  })
}

resource "aws_secretsmanager_secret_policy" "unknown" {
  secret_arn = aws_secretsmanager_secret.api.arn
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:role/api" }, Action = var.actions, Resource = "*" }]
  })
}

resource "aws_secretsmanager_secret" "no_policy" {
  name = "prod/none"
}
