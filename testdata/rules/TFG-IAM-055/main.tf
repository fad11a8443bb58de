variable "cidr" {
  type = string
}

variable "fgac" {
  type = bool
}

# An address range does not identify the caller.
resource "aws_opensearch_domain" "ip_limited" {
  domain_name = "ip-limited"
  access_policies = jsonencode({ # expect: TFG-IAM-055
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "es:*"
      Resource  = "arn:aws:es:eu-west-1:123456789012:domain/ip-limited/*"
      Condition = { IpAddress = { "aws:SourceIp" = ["192.0.2.0/24"] } }
    }]
  })
}

# Open to everyone, also TFG-IAM-042.
resource "aws_elasticsearch_domain" "open" {
  domain_name = "open"
}

resource "aws_elasticsearch_domain_policy" "open" {
  domain_name = aws_elasticsearch_domain.open.domain_name
  access_policies = data.aws_iam_policy_document.open.json # expect: TFG-IAM-055
}

data "aws_iam_policy_document" "open" {
  statement {
    effect    = "Allow"
    actions   = ["es:ESHttpGet"]
    resources = ["arn:aws:es:eu-west-1:123456789012:domain/open/*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

# Fine-grained access control off, explicitly.
resource "aws_opensearch_domain" "fgac_off" {
  domain_name = "fgac-off"
  advanced_security_options {
    enabled = false
  }
  access_policies = jsonencode({ # expect: TFG-IAM-055
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = ["*"] }
      Action    = "es:ESHttp*"
      Resource  = "arn:aws:es:eu-west-1:123456789012:domain/fgac-off/*"
      Condition = { StringEquals = { "aws:SourceVpce" = "vpce-0123456789abcdef0" } }
    }]
  })
}

# Fine-grained access control authenticates every request: an open policy is the setup.
resource "aws_opensearch_domain" "fgac_on" {
  domain_name = "fgac-on"
  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = true
  }
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "es:ESHttp*"
      Resource  = "arn:aws:es:eu-west-1:123456789012:domain/fgac-on/*"
    }]
  })
}

# Named principals sign their requests.
resource "aws_opensearch_domain" "named" {
  domain_name = "named"
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/reader" }
      Action    = "es:*"
      Resource  = "arn:aws:es:eu-west-1:123456789012:domain/named/*"
    }]
  })
}

# "*" limited to the caller's organisation: only signed requests carry it.
resource "aws_opensearch_domain" "org" {
  domain_name = "org"
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "es:ESHttpGet"
      Resource  = "arn:aws:es:eu-west-1:123456789012:domain/org/*"
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abcdef1234" } }
    }]
  })
}

# A deny for everyone lets nobody in.
resource "aws_opensearch_domain" "deny" {
  domain_name = "deny"
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "es:*"
      Resource  = "arn:aws:es:eu-west-1:123456789012:domain/deny/*"
    }]
  })
}

# No access policy at all.
resource "aws_opensearch_domain" "no_policy" {
  domain_name = "no-policy"
}

# Unknown fine-grained setting: undecided.
resource "aws_opensearch_domain" "fgac_unknown" {
  domain_name = "fgac-unknown"
  advanced_security_options {
    enabled = var.fgac
  }
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "es:*"
      Resource  = "arn:aws:es:eu-west-1:123456789012:domain/fgac-unknown/*"
    }]
  })
}

# Domain outside the configuration: undecided.
resource "aws_opensearch_domain_policy" "elsewhere" {
  domain_name = "managed-elsewhere"
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "es:*"
      Resource  = "arn:aws:es:eu-west-1:123456789012:domain/managed-elsewhere/*"
    }]
  })
}

# Unknown organisation value still names one organisation; unknown range narrows nothing.
resource "aws_opensearch_domain" "unknown_range" {
  count       = 2
  domain_name = "unknown-range-${count.index}"
  access_policies = jsonencode({ # expect: TFG-IAM-055
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "es:*"
      Resource  = "*"
      Condition = { IpAddress = { "aws:SourceIp" = [var.cidr] } }
    }]
  })
}

# A statement without a principal applies to nobody (AWS rejects such a resource policy).
resource "aws_opensearch_domain" "no_principal" {
  domain_name = "no-principal"
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "es:*"
      Resource  = "arn:aws:es:eu-west-1:123456789012:domain/no-principal/*"
      Condition = { IpAddress = { "aws:SourceIp" = "192.0.2.10/32" } }
    }]
  })
}
