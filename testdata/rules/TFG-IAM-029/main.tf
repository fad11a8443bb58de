resource "aws_iam_policy" "keys" {
  name = "keys"
  policy = jsonencode({ # expect: TFG-IAM-029
    Statement = [{ Effect = "Allow", Action = ["iam:CreateAccessKey", "iam:ListUsers"], Resource = "*" }]
  })
}

# Two statements together make one method; a wildcard covers an action.
data "aws_iam_policy_document" "lambda" {
  statement {
    actions   = ["iam:PassRole"]
    resources = ["*"]
  }
  statement {
    actions   = ["lambda:Create*", "lambda:InvokeFunction"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "lambda" {
  name   = "lambda"
  role   = "builder"
  policy = data.aws_iam_policy_document.lambda.json # expect: TFG-IAM-029
}

resource "aws_iam_group_policy" "many" {
  name  = "many"
  group = "ops"
  policy = jsonencode({ # expect: TFG-IAM-029
    Statement = [{ Effect = "Allow", Action = ["iam:Attach*", "iam:Put*Policy", "iam:AddUserToGroup"], Resource = "*" }]
  })
}

# Not escalation: one resource, half a method, a method taken back by a Deny.
resource "aws_iam_policy" "own_keys" {
  name = "own-keys"
  policy = jsonencode({
    Statement = [
      { Effect = "Allow", Action = "iam:CreateAccessKey", Resource = "arn:aws:iam::123456789012:user/$${aws:username}" },
      { Effect = "Allow", Action = "iam:PassRole", Resource = "*" },
      { Effect = "Allow", Action = ["ec2:Describe*", "lambda:InvokeFunction"], Resource = "*" },
    ]
  })
}

resource "aws_iam_policy" "denied" {
  name = "denied"
  policy = jsonencode({
    Statement = [
      { Effect = "Allow", Action = "lambda:UpdateFunctionCode", Resource = "*" },
      { Effect = "Deny", Action = "lambda:Update*", Resource = "*" },
    ]
  })
}

# Two policies of one group complete a method only together: reported on the group.
resource "aws_iam_group" "builders" { # expect: TFG-IAM-029
  name = "builders"
}

resource "aws_iam_group_policy" "builders_run" {
  name  = "run"
  group = aws_iam_group.builders.name
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "ec2:RunInstances", Resource = "*" }]
  })
}

resource "aws_iam_policy" "pass" {
  name = "pass"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "iam:PassRole", Resource = "*" }]
  })
}

resource "aws_iam_policy_attachment" "builders_pass" {
  name       = "builders-pass"
  groups     = [aws_iam_group.builders.name]
  policy_arn = aws_iam_policy.pass.arn
}

# A role whose two policies do not add up to a method.
resource "aws_iam_role" "reader" {
  name               = "reader"
  assume_role_policy = "{}"
  inline_policy {
    name   = "read"
    policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }] })
  }
}

resource "aws_iam_role_policy_attachment" "reader_pass" {
  role       = aws_iam_role.reader.name
  policy_arn = aws_iam_policy.pass.arn
}
