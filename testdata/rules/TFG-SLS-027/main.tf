# Usage plans: stages in none (literal API id, referenced API, count), a stage and a
# deployment covered by name and by reference, a deployment that creates no stage, and an
# unknown stage name.

variable "stage" {}

resource "aws_api_gateway_rest_api" "api" {
  name = "api"
}

resource "aws_api_gateway_stage" "uncovered" { # expect: TFG-SLS-027
  rest_api_id   = "a1b2c3d4e5"
  deployment_id = "dep123"
  stage_name    = "uncovered"
}

resource "aws_api_gateway_stage" "per_env" { # expect: TFG-SLS-027
  count         = 2
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = "dep123"
  stage_name    = "env-${count.index}"
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = "dep123"
  stage_name    = "prod"
}

resource "aws_api_gateway_deployment" "legacy" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "legacy"
}

resource "aws_api_gateway_deployment" "old" { # expect: TFG-SLS-027
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "old"
}

resource "aws_api_gateway_deployment" "no_stage" {
  rest_api_id = aws_api_gateway_rest_api.api.id
}

resource "aws_api_gateway_stage" "unknown" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = "dep123"
  stage_name    = var.stage
}

resource "aws_api_gateway_usage_plan" "standard" {
  name = "standard"

  api_stages {
    api_id = aws_api_gateway_rest_api.api.id
    stage  = aws_api_gateway_stage.prod.stage_name
  }

  api_stages {
    api_id = "a1b2c3d4e5"
    stage  = "legacy"
  }
}
