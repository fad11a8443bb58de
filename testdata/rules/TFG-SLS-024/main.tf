# Web ACLs in front of APIs: one without the Known Bad Inputs group protecting a REST stage
# and an AppSync API, one with it, a stage without any web ACL, and a web ACL outside the
# configuration.

resource "aws_wafv2_web_acl" "weak" {
  name  = "weak"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  rule {
    name     = "common"
    priority = 1

    override_action {
      none {}
    }

    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesCommonRuleSet"
        vendor_name = "AWS"
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "common"
      sampled_requests_enabled   = true
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "weak"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl" "strong" {
  name  = "strong"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  rule {
    name     = "known-bad-inputs"
    priority = 1

    override_action {
      none {}
    }

    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesKnownBadInputsRuleSet"
        vendor_name = "AWS"
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "known-bad-inputs"
      sampled_requests_enabled   = true
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "strong"
    sampled_requests_enabled   = true
  }
}

resource "aws_api_gateway_stage" "weak" { # expect: TFG-SLS-024
  rest_api_id   = "a1b2c3d4e5"
  deployment_id = "dep123"
  stage_name    = "weak"
}

resource "aws_wafv2_web_acl_association" "weak_stage" {
  resource_arn = aws_api_gateway_stage.weak.arn
  web_acl_arn  = aws_wafv2_web_acl.weak.arn
}

resource "aws_appsync_graphql_api" "weak" { # expect: TFG-SLS-024
  name                = "weak"
  authentication_type = "AWS_IAM"
}

resource "aws_wafv2_web_acl_association" "weak_graphql" {
  resource_arn = aws_appsync_graphql_api.weak.arn
  web_acl_arn  = aws_wafv2_web_acl.weak.arn
}

resource "aws_api_gateway_stage" "strong" {
  rest_api_id   = "a1b2c3d4e5"
  deployment_id = "dep123"
  stage_name    = "strong"
}

resource "aws_wafv2_web_acl_association" "strong" {
  resource_arn = aws_api_gateway_stage.strong.arn
  web_acl_arn  = aws_wafv2_web_acl.strong.arn
}

resource "aws_api_gateway_stage" "none" {
  rest_api_id   = "a1b2c3d4e5"
  deployment_id = "dep123"
  stage_name    = "none"
}

resource "aws_appsync_graphql_api" "outside" {
  name                = "outside"
  authentication_type = "AWS_IAM"
}

resource "aws_wafv2_web_acl_association" "outside" {
  resource_arn = aws_appsync_graphql_api.outside.arn
  web_acl_arn  = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/other/abc"
}
