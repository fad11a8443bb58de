# Lambda permissions by principal: any principal, a wildcard principal from a variable, an
# organization-restricted grant, an account, a service, and unknown values.

variable "principal" {
  default = "*"
}

variable "unknown_principal" {}

variable "org" {}

resource "aws_lambda_permission" "open" {
  statement_id  = "AllowAnyone"
  action        = "lambda:InvokeFunction"
  function_name = "orders"
  principal     = "*" # expect: TFG-SLS-009
}

resource "aws_lambda_permission" "from_variable" {
  statement_id  = "AllowVar"
  action        = "lambda:InvokeFunction"
  function_name = "orders"
  principal     = var.principal # expect: TFG-SLS-009
}

resource "aws_lambda_permission" "org" {
  statement_id     = "AllowOrg"
  action           = "lambda:InvokeFunction"
  function_name    = "orders"
  principal        = "*"
  principal_org_id = "o-a1b2c3d4e5"
}

resource "aws_lambda_permission" "account" {
  statement_id  = "AllowAccount"
  action        = "lambda:InvokeFunction"
  function_name = "orders"
  principal     = "111122223333"
}

resource "aws_lambda_permission" "service" {
  statement_id  = "AllowEvents"
  action        = "lambda:InvokeFunction"
  function_name = "orders"
  principal     = "events.amazonaws.com"
  source_arn    = "arn:aws:events:eu-west-1:123456789012:rule/nightly"
}

resource "aws_lambda_permission" "unknown" {
  statement_id  = "AllowUnknown"
  action        = "lambda:InvokeFunction"
  function_name = "orders"
  principal     = var.unknown_principal
}

resource "aws_lambda_permission" "unknown_org" {
  statement_id     = "AllowUnknownOrg"
  action           = "lambda:InvokeFunction"
  function_name    = "orders"
  principal        = "*"
  principal_org_id = var.org
}
