# Domains with audit logs (enabled by default), without, disabled; an unknown log type; the
# Elasticsearch resource type; dynamic blocks.

variable "log_type" {
  type = string
}

resource "aws_opensearch_domain" "audited" {
  domain_name = "audited"
  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:/os/audit"
  }
}

resource "aws_opensearch_domain" "app_only" { # expect: TFG-LOG-018
  domain_name = "app-only"
  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:/os/app"
  }
}

resource "aws_opensearch_domain" "audit_off" { # expect: TFG-LOG-018
  domain_name = "audit-off"
  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:/os/audit"
    enabled                  = false
  }
}

resource "aws_opensearch_domain" "unknown" {
  domain_name = "unknown"
  log_publishing_options {
    log_type                 = var.log_type
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:/os/x"
  }
}

resource "aws_elasticsearch_domain" "legacy" { # expect: TFG-LOG-018
  domain_name = "legacy"
}

resource "aws_opensearch_domain" "dynamic" {
  domain_name = "dynamic"
  dynamic "log_publishing_options" {
    for_each = ["AUDIT_LOGS", "INDEX_SLOW_LOGS"]
    content {
      log_type                 = log_publishing_options.value
      cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:/os/${log_publishing_options.value}"
    }
  }
}
