# GraphQL APIs with and without a log configuration; a role from a resource.

resource "aws_iam_role" "appsync" {
  name               = "appsync-logs"
  assume_role_policy = "{}"
}

resource "aws_appsync_graphql_api" "logged" {
  name                = "logged"
  authentication_type = "API_KEY"
  log_config {
    cloudwatch_logs_role_arn = aws_iam_role.appsync.arn
    field_log_level          = "ERROR"
  }
}

resource "aws_appsync_graphql_api" "silent" { # expect: TFG-LOG-024
  name                = "silent"
  authentication_type = "API_KEY"
}
