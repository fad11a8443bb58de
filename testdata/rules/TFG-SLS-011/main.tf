# Permission actions: every Lambda action, everything, reading the function, invoking, a
# function URL, through a variable, and unknown.

variable "action" {
  default = "lambda:*"
}

variable "unknown_action" {}

resource "aws_lambda_permission" "all_lambda" {
  statement_id  = "AllowAll"
  action        = "lambda:*" # expect: TFG-SLS-011
  function_name = "orders"
  principal     = "111122223333"
}

resource "aws_lambda_permission" "everything" {
  statement_id  = "AllowEverything"
  action        = "*" # expect: TFG-SLS-011
  function_name = "orders"
  principal     = "111122223333"
}

resource "aws_lambda_permission" "read" {
  statement_id  = "AllowRead"
  action        = "lambda:GetFunction" # expect: TFG-SLS-011
  function_name = "orders"
  principal     = "111122223333"
}

resource "aws_lambda_permission" "from_variable" {
  statement_id  = "AllowVar"
  action        = var.action # expect: TFG-SLS-011
  function_name = "orders"
  principal     = "111122223333"
}

resource "aws_lambda_permission" "invoke" {
  statement_id  = "AllowInvoke"
  action        = "lambda:InvokeFunction"
  function_name = "orders"
  principal     = "111122223333"
}

resource "aws_lambda_permission" "url" {
  statement_id           = "AllowUrl"
  action                 = "lambda:InvokeFunctionUrl"
  function_name          = "orders"
  principal              = "111122223333"
  function_url_auth_type = "AWS_IAM"
}

resource "aws_lambda_permission" "unknown" {
  statement_id  = "AllowUnknown"
  action        = var.unknown_action
  function_name = "orders"
  principal     = "111122223333"
}
