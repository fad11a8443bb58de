resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true
}

resource "aws_efs_file_system_policy" "shared" {
  file_system_id = aws_efs_file_system.shared.id
  policy = jsonencode({ # expect: TFG-IAM-042
    Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "elasticfilesystem:ClientMount", Resource = aws_efs_file_system.shared.arn }]
  })
}

resource "aws_opensearch_domain" "open" {
  domain_name = "open"
  access_policies = jsonencode({ # expect: TFG-IAM-042
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "es:*"
      Resource  = "*"
      Condition = { IpAddress = { "aws:SourceIp" = ["0.0.0.0/0"] } }
    }]
  })
}

resource "aws_elasticsearch_domain_policy" "office" {
  domain_name = "office"
  access_policies = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "es:ESHttpGet"
      Resource  = "*"
      Condition = { IpAddress = { "aws:SourceIp" = ["203.0.113.0/24"] } }
    }]
  })
}

resource "aws_ses_identity_policy" "named" {
  identity = "example.com"
  name     = "named"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:role/mailer" }, Action = "ses:SendEmail", Resource = "*" }]
  })
}

# What the EFS console's policy options write: any principal, but only through a mount target
# of the file system (clients that reach its VPC), in-transit encryption enforced.
resource "aws_efs_file_system_policy" "console_default" {
  file_system_id = aws_efs_file_system.shared.id
  policy = jsonencode({
    Statement = [
      {
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"]
        Resource  = aws_efs_file_system.shared.arn
        Condition = { Bool = { "elasticfilesystem:AccessedViaMountTarget" = "true" } }
      },
      {
        Effect    = "Deny"
        Principal = { AWS = "*" }
        Action    = "*"
        Resource  = aws_efs_file_system.shared.arn
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
    ]
  })
}

# `BoolIfExists` lets requests without the key (not through a mount target) in.
resource "aws_efs_file_system_policy" "if_exists" {
  file_system_id = aws_efs_file_system.shared.id
  policy = jsonencode({ # expect: TFG-IAM-042
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "elasticfilesystem:ClientMount"
      Resource  = aws_efs_file_system.shared.arn
      Condition = { BoolIfExists = { "elasticfilesystem:AccessedViaMountTarget" = "true" } }
    }]
  })
}
