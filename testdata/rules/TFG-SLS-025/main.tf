# REST API policies: any principal without a condition (policy resource, inline, a policy
# document), every action to one account, a VPC endpoint condition, a named account with
# Invoke only, a Deny, and an unknown policy.

variable "policy" {}

resource "aws_api_gateway_rest_api" "private" {
  name = "private"

  endpoint_configuration {
    types = ["PRIVATE"]
  }
}

resource "aws_api_gateway_rest_api_policy" "open" {
  rest_api_id = aws_api_gateway_rest_api.private.id
  policy = jsonencode({ # expect: TFG-SLS-025
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "execute-api:Invoke"
      Resource  = "execute-api:/*"
    }]
  })
}

resource "aws_api_gateway_rest_api" "inline" {
  name   = "inline"
  policy = data.aws_iam_policy_document.open.json # expect: TFG-SLS-025
}

data "aws_iam_policy_document" "open" {
  statement {
    actions   = ["execute-api:Invoke"]
    resources = ["execute-api:/*"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_api_gateway_rest_api_policy" "every_action" {
  rest_api_id = "a1b2c3d4e5"
  policy = jsonencode({ # expect: TFG-SLS-025
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "execute-api:*"
      Resource  = "execute-api:/*"
    }]
  })
}

resource "aws_api_gateway_rest_api_policy" "vpce" {
  rest_api_id = "b1b2c3d4e5"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "execute-api:Invoke"
      Resource  = "execute-api:/*"
      Condition = {
        StringEquals = { "aws:SourceVpce" = "vpce-0a1b2c3d4e5f" }
      }
    }]
  })
}

resource "aws_api_gateway_rest_api_policy" "account" {
  rest_api_id = "c1b2c3d4e5"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "execute-api:Invoke"
      Resource  = "execute-api:/*"
    }]
  })
}

resource "aws_api_gateway_rest_api_policy" "deny" {
  rest_api_id = "d1b2c3d4e5"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "execute-api:*"
      Resource  = "execute-api:/*"
    }]
  })
}

resource "aws_api_gateway_rest_api_policy" "unknown" {
  rest_api_id = "e1b2c3d4e5"
  policy      = var.policy
}

resource "aws_api_gateway_rest_api" "no_policy" {
  name = "no-policy"
}
