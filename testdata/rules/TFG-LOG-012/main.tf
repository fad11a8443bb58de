# Web ACLs logged by reference, by a literal ARN naming them, not at all, and through a
# logging configuration whose count is unknown; for_each ACLs with their own configurations.

variable "log" {
  type = bool
}

resource "aws_wafv2_web_acl" "by_ref" {
  name  = "by-ref"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "by-ref"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_logging_configuration" "by_ref" {
  resource_arn            = aws_wafv2_web_acl.by_ref.arn
  log_destination_configs = ["arn:aws:logs:eu-west-1:123456789012:log-group:aws-waf-logs-a"]
}

resource "aws_wafv2_web_acl" "by_arn" {
  name  = "by-arn"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "by-arn"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_logging_configuration" "by_arn" {
  resource_arn            = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/by-arn/0123-abcd"
  log_destination_configs = ["arn:aws:logs:eu-west-1:123456789012:log-group:aws-waf-logs-b"]
}

resource "aws_wafv2_web_acl" "unlogged" { # expect: TFG-LOG-012
  name  = "unlogged"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "unlogged"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl" "maybe" {
  name  = "maybe"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "maybe"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_logging_configuration" "maybe" {
  count                   = var.log ? 1 : 0
  resource_arn            = aws_wafv2_web_acl.maybe.arn
  log_destination_configs = ["arn:aws:logs:eu-west-1:123456789012:log-group:aws-waf-logs-c"]
}

resource "aws_wafv2_web_acl" "each" {
  for_each = toset(["x", "y"])
  name     = each.key
  scope    = "REGIONAL"
  default_action {
    allow {}
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = each.key
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_logging_configuration" "each" {
  for_each                = aws_wafv2_web_acl.each
  resource_arn            = each.value.arn
  log_destination_configs = ["arn:aws:logs:eu-west-1:123456789012:log-group:aws-waf-logs-${each.key}"]
}
