# Restrictable actions (any access level) on "*" with no condition.
resource "aws_iam_policy" "describe_jobs" {
  name = "describe-jobs"
  policy = jsonencode({ # expect: TFG-IAM-056
    Statement = [{ Effect = "Allow", Action = ["s3:Describe*", "s3:ListAllMyBuckets"], Resource = "*" }]
  })
}

# Most ec2:Describe* actions support only "*", a few (instance and image attributes) take ARNs.
data "aws_iam_policy_document" "monitoring" {
  statement { # expect: TFG-IAM-056
    actions   = ["ec2:Describe*"]
    resources = ["*"]
  }
}

# Everything but IAM: every restrictable action of every other service.
resource "aws_iam_role" "not_action" {
  name               = "not-action"
  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }] })
  inline_policy {
    name = "all-but-iam"
    policy = jsonencode({ # expect: TFG-IAM-056
      Statement = [{ Effect = "Allow", NotAction = ["iam:*", "organizations:*"], Resource = "*" }]
    })
  }
}

# NotResource with Allow: every resource but the list.
resource "aws_iam_user_policy" "not_resource" {
  name = "not-resource"
  user = "reader"
  policy = jsonencode({ # expect: TFG-IAM-056
    Statement = [{ Effect = "Allow", Action = "dynamodb:GetItem", NotResource = "arn:aws:dynamodb:eu-west-1:123456789012:table/secrets" }]
  })
}

# A Deny with a condition, or on other resources, does not take the grant back.
resource "aws_iam_group_policy" "partial_deny" {
  name  = "partial-deny"
  group = "readers"
  policy = jsonencode({ # expect: TFG-IAM-056
    Statement = [
      { Effect = "Allow", Action = "sqs:ReceiveMessage", Resource = "*" },
      { Effect = "Deny", Action = "sqs:ReceiveMessage", Resource = "*", Condition = { Bool = { "aws:SecureTransport" = "false" } } },
      { Effect = "Deny", Action = "sqs:*", Resource = "arn:aws:sqs:eu-west-1:123456789012:payroll" },
    ]
  })
}

# Actions that support only "*": nothing narrower can be written.
resource "aws_iam_policy" "wildcard_only" {
  name = "wildcard-only"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = ["s3:ListAllMyBuckets", "xray:PutTraceSegments", "sts:GetCallerIdentity"], Resource = "*" }]
  })
}

# Named resources, a condition, or an unconditional Deny on "*".
data "aws_iam_policy_document" "named" {
  statement {
    actions   = ["ec2:Describe*", "s3:GetObject"]
    resources = ["arn:aws:ec2:eu-west-1:123456789012:instance/*", "arn:aws:s3:::reports/*"]
  }
  statement {
    actions   = ["kms:Decrypt"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["s3.eu-west-1.amazonaws.com"]
    }
  }
}

resource "aws_iam_policy" "denied" {
  name = "denied"
  policy = jsonencode({
    Statement = [
      { Effect = "Allow", Action = "s3:GetObject", Resource = "*" },
      { Effect = "Deny", Action = "s3:Get*", Resource = "*" },
    ]
  })
}

# Every action is TFG-IAM-001/002's finding; an action AWS does not publish grants nothing;
# a document of Deny statements only allows nothing.
resource "aws_iam_policy" "admin" {
  name   = "admin"
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })
}

resource "aws_iam_policy" "unknown_action" {
  name   = "unknown-action"
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "nosuchservice:DoThing", Resource = "*" }] })
}

data "aws_iam_policy_document" "deny_only" {
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = ["*"]
  }
}

# A resource's ARN, known only after apply, is not "*"; a variable whose value is "*" is.
resource "aws_s3_bucket" "reports" {
  bucket = "reports"
}

resource "aws_iam_policy" "computed_arn" {
  name = "computed-arn"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = ["s3:GetObject", "s3:PutObject"], Resource = ["${aws_s3_bucket.reports.arn}/*", aws_s3_bucket.reports.arn] }]
  })
}

variable "scope" {
  type    = string
  default = "*"
}

resource "aws_iam_policy" "scope_variable" {
  name = "scope-variable"
  policy = jsonencode({ # expect: TFG-IAM-056
    Statement = [{ Effect = "Allow", Action = "sqs:SendMessage", Resource = var.scope }]
  })
}
