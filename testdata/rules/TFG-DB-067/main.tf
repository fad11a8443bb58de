variable "fgac" {
  type = bool
}

resource "aws_opensearch_domain" "none" { # expect: TFG-DB-067
  domain_name = "none"
}

resource "aws_opensearch_domain" "off" {
  domain_name = "off"

  advanced_security_options {
    enabled                        = false # expect: TFG-DB-067
    internal_user_database_enabled = true
  }
}

resource "aws_opensearch_domain" "on" {
  domain_name = "on"

  advanced_security_options {
    enabled = true
  }
}

resource "aws_opensearch_domain" "unknown" {
  domain_name = "unknown"

  advanced_security_options {
    enabled = var.fgac
  }
}

resource "aws_elasticsearch_domain" "legacy" { # expect: TFG-DB-067
  domain_name = "legacy"
}

resource "aws_elasticsearch_domain" "legacy_on" {
  domain_name = "legacy-on"

  advanced_security_options {
    enabled = true
  }
}
