# Caching: stages without a cache (unset, false), with one, method settings without caching
# (unset, false) and with it, and unknown values.

variable "unknown" {}

resource "aws_api_gateway_stage" "unset" { # expect: TFG-SLS-015
  rest_api_id   = "a1b2c3d4e5"
  deployment_id = "dep123"
  stage_name    = "unset"
}

resource "aws_api_gateway_stage" "off" {
  rest_api_id           = "a1b2c3d4e5"
  deployment_id         = "dep123"
  stage_name            = "off"
  cache_cluster_enabled = false # expect: TFG-SLS-015
}

resource "aws_api_gateway_stage" "on" {
  rest_api_id           = "a1b2c3d4e5"
  deployment_id         = "dep123"
  stage_name            = "on"
  cache_cluster_enabled = true
  cache_cluster_size    = "0.5"
}

resource "aws_api_gateway_stage" "unknown" {
  rest_api_id           = "a1b2c3d4e5"
  deployment_id         = "dep123"
  stage_name            = "unknown"
  cache_cluster_enabled = var.unknown
}

resource "aws_api_gateway_method_settings" "unset" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "on"
  method_path = "*/*"

  settings { # expect: TFG-SLS-015
    metrics_enabled = true
  }
}

resource "aws_api_gateway_method_settings" "off" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "on"
  method_path = "orders/GET"

  settings {
    caching_enabled = false # expect: TFG-SLS-015
  }
}

resource "aws_api_gateway_method_settings" "on" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "on"
  method_path = "orders/PUT"

  settings {
    caching_enabled      = true
    cache_data_encrypted = true
  }
}
