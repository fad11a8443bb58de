# A logging configuration whose ACL is a variable: any ACL of this root may be the one it logs.

variable "acl_arn" {
  type = string
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

resource "aws_wafv2_web_acl_logging_configuration" "some" {
  resource_arn            = var.acl_arn
  log_destination_configs = ["arn:aws:logs:eu-west-1:123456789012:log-group:aws-waf-logs-d"]
}
