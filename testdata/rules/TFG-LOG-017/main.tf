# Domains publishing logs, publishing nothing, with every option disabled; an unknown switch;
# the Elasticsearch resource type.

variable "on" {
  type = bool
}

resource "aws_opensearch_domain" "published" {
  domain_name = "published"
  log_publishing_options {
    log_type                 = "INDEX_SLOW_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:/os/slow"
  }
}

resource "aws_opensearch_domain" "none" { # expect: TFG-LOG-017
  domain_name = "none"
}

resource "aws_opensearch_domain" "disabled" {
  domain_name = "disabled"
  log_publishing_options { # expect: TFG-LOG-017
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:/os/app"
    enabled                  = false
  }
}

resource "aws_opensearch_domain" "unknown" {
  domain_name = "unknown"
  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:/os/app"
    enabled                  = var.on
  }
}

resource "aws_elasticsearch_domain" "legacy" { # expect: TFG-LOG-017
  domain_name = "legacy"
}
