# TFG-ENC-010: DynamoDB tables without a customer managed key. No `server_side_encryption`
# (an AWS owned key, with for_each), `enabled = false` literally and through a variable,
# enabled without a key or with the AWS managed one, replicas without their own key, keys of
# the configuration and unknown values (undecided).

variable "sse_enabled" {
  default = false
}

variable "unknown_input" {}

resource "aws_kms_key" "orders" {
  description         = "orders"
  enable_key_rotation = true
}

resource "aws_dynamodb_table" "no_sse" { # expect: TFG-ENC-010
  for_each     = toset(["orders", "invoices"])
  name         = each.key
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "literal" {
  name         = "literal"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption {
    enabled = false # expect: TFG-ENC-010
  }
}

resource "aws_dynamodb_table" "from_variable" {
  name         = "from-variable"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption {
    enabled = var.sse_enabled # expect: TFG-ENC-010
  }
}

# KMS, but the AWS managed key aws/dynamodb.
resource "aws_dynamodb_table" "no_key" {
  name         = "no-key"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption { # expect: TFG-ENC-010
    enabled = true
  }
}

resource "aws_dynamodb_table" "managed_key" {
  name         = "managed-key"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = "arn:aws:kms:eu-west-1:123456789012:alias/aws/dynamodb" # expect: TFG-ENC-010
  }
}

resource "aws_dynamodb_table" "good" {
  name             = "good"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.orders.arn
  }
  replica {
    region_name = "eu-central-1"
    kms_key_arn = "arn:aws:kms:eu-central-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }
}

# The table has a customer managed key, one replica does not.
resource "aws_dynamodb_table" "replica_without_key" {
  name             = "replica-without-key"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.orders.arn
  }
  replica { # expect: TFG-ENC-010
    region_name = "us-east-1"
  }
}

resource "aws_dynamodb_table" "unknown" {
  name         = "unknown"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = var.unknown_input
  }
}
