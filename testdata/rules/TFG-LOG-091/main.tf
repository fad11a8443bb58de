# Slow logs: search, index, application only, audit plus application, slow logs switched
# off, no publishing block, an unknown type, opensearch and elasticsearch, count.

variable "log_type" {
  type = string
}

resource "aws_cloudwatch_log_group" "os" {
  name = "/opensearch/domains"
}

resource "aws_opensearch_domain" "search_slow" {
  domain_name = "search-slow"
  log_publishing_options {
    log_type                 = "SEARCH_SLOW_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.os.arn
  }
}

resource "aws_elasticsearch_domain" "index_slow" {
  domain_name = "index-slow"
  log_publishing_options {
    log_type                 = "INDEX_SLOW_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.os.arn
    enabled                  = true
  }
}

resource "aws_elasticsearch_domain" "application_only" { # expect: TFG-LOG-091
  domain_name = "application-only"
  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.os.arn
  }
}

resource "aws_opensearch_domain" "audit_and_app" { # expect: TFG-LOG-091
  domain_name = "audit-and-app"
  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.os.arn
  }
  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.os.arn
  }
}

resource "aws_opensearch_domain" "slow_off" { # expect: TFG-LOG-091
  domain_name = "slow-off"
  log_publishing_options {
    log_type                 = "SEARCH_SLOW_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.os.arn
    enabled                  = false
  }
}

resource "aws_opensearch_domain" "none" { # expect: TFG-LOG-091
  domain_name = "none"
}

resource "aws_opensearch_domain" "unknown_type" {
  domain_name = "unknown-type"
  log_publishing_options {
    log_type                 = var.log_type
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.os.arn
  }
}

resource "aws_elasticsearch_domain" "counted" { # expect: TFG-LOG-091
  count       = 2
  domain_name = "counted-${count.index}"
}
