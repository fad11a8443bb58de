# A root whose method settings name a stage unknown before apply: the stage is undecided.

variable "stage" {
  type = string
}

resource "aws_api_gateway_stage" "maybe" {
  rest_api_id   = "abc"
  deployment_id = "dep"
  stage_name    = "maybe"
}

resource "aws_api_gateway_method_settings" "some" {
  rest_api_id = "abc"
  stage_name  = var.stage
  method_path = "*/*"
  settings {
    metrics_enabled = true
  }
}
