# Field log levels ALL, ERROR, NONE; no log configuration; unknown.

variable "level" {
  type = string
}

resource "aws_appsync_graphql_api" "all" {
  name                = "all"
  authentication_type = "API_KEY"
  log_config {
    cloudwatch_logs_role_arn = "arn:aws:iam::123456789012:role/appsync"
    field_log_level          = "ALL"
  }
}

resource "aws_appsync_graphql_api" "none_level" {
  name                = "none-level"
  authentication_type = "API_KEY"
  log_config {
    cloudwatch_logs_role_arn = "arn:aws:iam::123456789012:role/appsync"
    field_log_level          = "NONE" # expect: TFG-LOG-025
  }
}

resource "aws_appsync_graphql_api" "no_config" { # expect: TFG-LOG-025
  name                = "no-config"
  authentication_type = "API_KEY"
}

resource "aws_appsync_graphql_api" "unknown" {
  name                = "unknown"
  authentication_type = "API_KEY"
  log_config {
    cloudwatch_logs_role_arn = "arn:aws:iam::123456789012:role/appsync"
    field_log_level          = var.level
  }
}
