# WAF Classic ACLs (global and regional) with and without a logging destination.

variable "destination" {
  type = string
}

resource "aws_waf_web_acl" "logged" {
  name        = "logged"
  metric_name = "logged"
  default_action {
    type = "ALLOW"
  }
  logging_configuration {
    log_destination = "arn:aws:firehose:us-east-1:123456789012:deliverystream/aws-waf-logs-a"
  }
}

resource "aws_waf_web_acl" "unlogged" { # expect: TFG-LOG-013
  name        = "unlogged"
  metric_name = "unlogged"
  default_action {
    type = "ALLOW"
  }
}

resource "aws_wafregional_web_acl" "regional" { # expect: TFG-LOG-013
  name        = "regional"
  metric_name = "regional"
  default_action {
    type = "ALLOW"
  }
}

resource "aws_wafregional_web_acl" "unknown" {
  name        = "unknown"
  metric_name = "unknown"
  default_action {
    type = "ALLOW"
  }
  logging_configuration {
    log_destination = var.destination
  }
}
