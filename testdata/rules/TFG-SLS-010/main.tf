# Service principals: without a source, with a source ARN by reference, with a source
# account, a non-service principal, for_each over services, and an unknown source.

variable "source" {}

resource "aws_lambda_permission" "sns" {
  statement_id  = "AllowSns"
  action        = "lambda:InvokeFunction"
  function_name = "notify"
  principal     = "sns.amazonaws.com" # expect: TFG-SLS-010
}

resource "aws_lambda_permission" "per_service" {
  for_each      = toset(["events.amazonaws.com", "logs.amazonaws.com"])
  statement_id  = "Allow${each.key}"
  action        = "lambda:InvokeFunction"
  function_name = "notify"
  principal     = each.value # expect: TFG-SLS-010
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

resource "aws_lambda_permission" "sns_arn" {
  statement_id  = "AllowSnsTopic"
  action        = "lambda:InvokeFunction"
  function_name = "notify"
  principal     = "sns.amazonaws.com"
  source_arn    = aws_sns_topic.alerts.arn
}

resource "aws_lambda_permission" "s3_account" {
  statement_id   = "AllowS3"
  action         = "lambda:InvokeFunction"
  function_name  = "notify"
  principal      = "s3.amazonaws.com"
  source_account = "123456789012"
}

resource "aws_lambda_permission" "account" {
  statement_id  = "AllowAccount"
  action        = "lambda:InvokeFunction"
  function_name = "notify"
  principal     = "111122223333"
}

resource "aws_lambda_permission" "unknown" {
  statement_id  = "AllowUnknown"
  action        = "lambda:InvokeFunction"
  function_name = "notify"
  principal     = "events.amazonaws.com"
  source_arn    = var.source
}
