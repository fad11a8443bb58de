# A root where an association's target is unknown before apply: a stage without a visible
# association may be the one it protects, so it is undecided.

variable "stage_arn" {}

resource "aws_api_gateway_rest_api" "api" {
  name = "api"
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = "dep123"
  stage_name    = "prod"
}

resource "aws_wafv2_web_acl_association" "somewhere" {
  resource_arn = var.stage_arn
  web_acl_arn  = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/api/abc"
}
