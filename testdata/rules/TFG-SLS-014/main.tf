# Method settings: caching without encryption (unset, false, through a variable), caching
# encrypted, no caching, and unknown values.

variable "encrypt" {
  default = false
}

variable "unknown" {}

resource "aws_api_gateway_method_settings" "unset" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "prod"
  method_path = "*/*"

  settings { # expect: TFG-SLS-014
    caching_enabled = true
  }
}

resource "aws_api_gateway_method_settings" "off" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "dev"
  method_path = "*/*"

  settings {
    caching_enabled      = true
    cache_data_encrypted = false # expect: TFG-SLS-014
  }
}

resource "aws_api_gateway_method_settings" "from_variable" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "test"
  method_path = "*/*"

  settings {
    caching_enabled      = true
    cache_data_encrypted = var.encrypt # expect: TFG-SLS-014
  }
}

resource "aws_api_gateway_method_settings" "encrypted" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "prod"
  method_path = "orders/GET"

  settings {
    caching_enabled      = true
    cache_data_encrypted = true
  }
}

resource "aws_api_gateway_method_settings" "no_cache" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "prod"
  method_path = "orders/POST"

  settings {
    metrics_enabled = true
  }
}

resource "aws_api_gateway_method_settings" "unknown" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "prod"
  method_path = "orders/PUT"

  settings {
    caching_enabled = var.unknown
  }
}
