# Execution roles: an inline iam:* policy, an attached customer policy with PassRole on every
# resource, AdministratorAccess by ARN, a role with narrow permissions, PassRole on one
# role, a role outside the configuration, and an unknown policy.

variable "policy" {}

locals {
  trust = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role" "iam_star" {
  name               = "iam-star"
  assume_role_policy = local.trust
}

resource "aws_iam_role_policy" "iam_star" {
  role = aws_iam_role.iam_star.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["ec2:Describe*", "iam:*"], Resource = "*" }]
  })
}

resource "aws_lambda_function" "iam_star" {
  function_name = "iam-star"
  role          = aws_iam_role.iam_star.arn # expect: TFG-SLS-026
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"
}

resource "aws_iam_role" "pass_any" {
  name               = "pass-any"
  assume_role_policy = local.trust
}

resource "aws_iam_policy" "pass_any" {
  name = "pass-any"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "iam:PassRole", Resource = "*" }]
  })
}

resource "aws_iam_role_policy_attachment" "pass_any" {
  role       = aws_iam_role.pass_any.name
  policy_arn = aws_iam_policy.pass_any.arn
}

resource "aws_lambda_function" "pass_any" {
  function_name = "pass-any"
  role          = aws_iam_role.pass_any.arn # expect: TFG-SLS-026
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"
}

resource "aws_iam_role" "admin" {
  name               = "admin"
  assume_role_policy = local.trust
}

resource "aws_iam_role_policy_attachment" "admin" {
  role       = aws_iam_role.admin.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_lambda_function" "admin" {
  function_name = "admin"
  role          = aws_iam_role.admin.arn # expect: TFG-SLS-026
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"
}

resource "aws_iam_role" "narrow" {
  name               = "narrow"
  assume_role_policy = local.trust
  managed_policy_arns = [
    "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
  ]
}

resource "aws_iam_role_policy" "narrow" {
  role = aws_iam_role.narrow.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["dynamodb:GetItem"], Resource = "arn:aws:dynamodb:eu-west-1:123456789012:table/orders" },
      { Effect = "Allow", Action = "iam:PassRole", Resource = "arn:aws:iam::123456789012:role/worker" },
    ]
  })
}

resource "aws_lambda_function" "narrow" {
  function_name = "narrow"
  role          = aws_iam_role.narrow.arn
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"
}

resource "aws_lambda_function" "outside" {
  function_name = "outside"
  role          = "arn:aws:iam::123456789012:role/elsewhere"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"
}

resource "aws_iam_role" "unknown" {
  name               = "unknown"
  assume_role_policy = local.trust
}

resource "aws_iam_role_policy" "unknown" {
  role   = aws_iam_role.unknown.id
  policy = var.policy
}

resource "aws_lambda_function" "unknown" {
  function_name = "unknown"
  role          = aws_iam_role.unknown.arn
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"
}
