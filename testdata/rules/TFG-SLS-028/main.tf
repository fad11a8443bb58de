# Invoke grants: every function (policy, role inline policy, policy document), a name prefix,
# lambda:* on *, NotResource, one function with its versions, a function by reference, other
# services, a Deny, and an unknown resource.

variable "resource" {}

resource "aws_iam_policy" "all_functions" {
  name = "all-functions"
  policy = jsonencode({ # expect: TFG-SLS-028
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "lambda:InvokeFunction"
      Resource = "arn:aws:lambda:*:*:function:*:*"
    }]
  })
}

resource "aws_iam_role" "caller" {
  name = "caller"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })

  inline_policy {
    name = "prefix"
    policy = jsonencode({ # expect: TFG-SLS-028
      Version = "2012-10-17"
      Statement = [{
        Sid      = "Prefix"
        Effect   = "Allow"
        Action   = ["lambda:Invoke*"]
        Resource = ["arn:aws:lambda:eu-west-1:123456789012:function:orders-*"]
      }]
    })
  }
}

data "aws_iam_policy_document" "everything" {
  statement {
    actions   = ["lambda:*"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "everything" {
  role   = aws_iam_role.caller.id
  policy = data.aws_iam_policy_document.everything.json # expect: TFG-SLS-028
}

resource "aws_iam_user_policy" "not_resource" {
  user = "ci"
  policy = jsonencode({ # expect: TFG-SLS-028
    Version = "2012-10-17"
    Statement = [{
      Effect      = "Allow"
      Action      = "lambda:InvokeFunction"
      NotResource = "arn:aws:lambda:eu-west-1:123456789012:function:admin"
    }]
  })
}

resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "f.zip"
}

resource "aws_iam_policy" "one_function" {
  for_each = toset(["a", "b"])
  name     = "one-function-${each.key}"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Action = "lambda:InvokeFunction"
        Resource = [
          "arn:aws:lambda:eu-west-1:123456789012:function:orders",
          "arn:aws:lambda:eu-west-1:123456789012:function:orders:*",
        ]
      },
      { Effect = "Deny", Action = "lambda:*", Resource = "*" },
      { Effect = "Allow", Action = "s3:*", Resource = "*" },
    ]
  })
}

resource "aws_iam_policy" "by_reference" {
  name = "by-reference"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "lambda:InvokeFunction"
      Resource = [aws_lambda_function.orders.arn, "${aws_lambda_function.orders.arn}:*"]
    }]
  })
}

resource "aws_iam_policy" "unknown" {
  name = "unknown"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "lambda:InvokeFunction"
      Resource = var.resource
    }]
  })
}
