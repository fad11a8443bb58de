variable "actions" {
  type = list(string)
}

resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true
}

# Every action of the service, for a named role, a condition on the transport does not change it.
resource "aws_efs_file_system_policy" "service_wide" {
  file_system_id = aws_efs_file_system.shared.id
  policy = jsonencode({ # expect: TFG-IAM-050
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/app" }
      Action    = "ElasticFileSystem:*"
      Resource  = aws_efs_file_system.shared.arn
      Condition = { Bool = { "aws:SecureTransport" = "true" } }
    }]
  })
}

# What clients need, and a Deny of everything for plain-text connections.
resource "aws_efs_file_system_policy" "clients" {
  file_system_id = aws_efs_file_system.shared.id
  policy = jsonencode({
    Statement = [
      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:role/app" }, Action = ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"], Resource = aws_efs_file_system.shared.arn },
      { Effect = "Deny", Principal = { AWS = "*" }, Action = "*", Resource = aws_efs_file_system.shared.arn, Condition = { Bool = { "aws:SecureTransport" = "false" } } },
    ]
  })
}

# Actions unknown before apply: undecided.
resource "aws_efs_file_system_policy" "unknown" {
  file_system_id = aws_efs_file_system.shared.id
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:role/app" }, Action = var.actions, Resource = "*" }]
  })
}

data "aws_iam_policy_document" "catalog" {
  statement {
    sid       = "ShareCatalog"
    actions   = ["glue:GetDatabase", "glue:GetTable", "*"]
    resources = ["arn:aws:glue:eu-west-1:123456789012:*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::210987654321:root"]
    }
  }
}

resource "aws_glue_resource_policy" "shared" {
  policy = data.aws_iam_policy_document.catalog.json # expect: TFG-IAM-050
}

resource "aws_glue_resource_policy" "read_only" {
  for_each = toset(["a"])
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::210987654321:root" }
      Action    = ["glue:Get*", "glue:BatchGet*"]
      Resource  = "arn:aws:glue:eu-west-1:123456789012:*"
    }]
  })
}

# Another service's wildcard is not this service's every action.
resource "aws_glue_resource_policy" "other_service" {
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::210987654321:root" }, Action = "s3:*", Resource = "*" }]
  })
}
