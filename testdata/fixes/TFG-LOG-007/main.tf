resource "aws_api_gateway_stage" "off" {
  rest_api_id          = "a1b2c3d4e5"
  deployment_id        = "dep123"
  stage_name           = "off"
  xray_tracing_enabled = false
}

resource "aws_api_gateway_stage" "unset" {
  rest_api_id   = "a1b2c3d4e5"
  deployment_id = "dep123"
  stage_name    = "unset"
}
