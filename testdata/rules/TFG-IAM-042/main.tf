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
