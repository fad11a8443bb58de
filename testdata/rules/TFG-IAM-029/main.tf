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
