variable "actions" {
  type = list(string)
}

data "aws_caller_identity" "current" {}

resource "aws_iam_policy" "admin" {
  name = "admin"
  policy = jsonencode({ # expect: TFG-IAM-001, TFG-IAM-002, TFG-IAM-003
    Version = "2012-10-17"
    Statement = [{
      Sid      = "Everything"
      Effect   = "Allow"
      Action   = ["*"]
      Resource = "*"
    }]
  })
}

# A heredoc with interpolations is read as JSON; "*:*" is every action too.
resource "aws_iam_role_policy" "templated" {
  name = "templated"
  role = "ops"
  # expect-below: TFG-IAM-001, TFG-IAM-002, TFG-IAM-003
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::${data.aws_caller_identity.current.account_id}-logs/*"},
        {"Effect": "Allow", "Action": "*:*", "Resource": ["*"]}
      ]
    }
  EOT
}

# An inline policy of a role, and a permission set's inline policy.
resource "aws_iam_role" "inline" {
  name               = "inline"
  assume_role_policy = data.aws_iam_policy_document.trust.json
  inline_policy {
    name   = "all"
    policy = data.aws_iam_policy_document.all.json # expect: TFG-IAM-001, TFG-IAM-002, TFG-IAM-003
  }
}

data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

data "aws_iam_policy_document" "all" {
  statement {
    actions   = ["*"]
    resources = ["*"]
  }
}

resource "aws_ssoadmin_permission_set_inline_policy" "admins" {
  instance_arn       = "arn:aws:sso:::instance/ssoins-1234567890abcdef"
  permission_set_arn = "arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-1234567890abcdef"
  inline_policy = jsonencode({ # expect: TFG-IAM-001, TFG-IAM-002, TFG-IAM-003
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
  })
}

# A document nothing here uses (a module output) is judged at its statement.
data "aws_iam_policy_document" "exported" {
  statement {
    sid       = "ReadOnly"
    actions   = ["ec2:Describe*"]
    resources = ["*"]
  }
  statement { # expect: TFG-IAM-001, TFG-IAM-002, TFG-IAM-003
    actions   = ["*"]
    resources = ["*"]
  }
}

output "exported" {
  value = data.aws_iam_policy_document.exported.json
}

# Not administrator access: a Deny, a service wildcard, one resource, NotAction.
resource "aws_iam_policy" "deny_all" {
  name = "deny-all"
  policy = jsonencode({
    Statement = [{ Effect = "Deny", Action = "*", Resource = "*" }]
  })
}

resource "aws_iam_policy" "ec2_only" {
  name = "ec2-only"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "ec2:*", Resource = "*" }]
  })
}

resource "aws_iam_user_policy" "not_action" {
  name = "not-action"
  user = "alice"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", NotAction = "iam:*", Resource = "*" }]
  })
}

# Actions known only from a variable: undecided.
resource "aws_iam_group_policy" "unknown" {
  name  = "unknown"
  group = "ops"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = var.actions, Resource = "*" }]
  })
}
