# Function URLs: open (literal, through a variable, for_each), IAM-authenticated ones and an
# unknown authorization type.

variable "auth" {
  default = "NONE"
}

variable "unknown_auth" {}

resource "aws_lambda_function_url" "open" {
  function_name      = "webhook"
  authorization_type = "NONE" # expect: TFG-SLS-001
}

resource "aws_lambda_function_url" "from_variable" {
  function_name      = "hook"
  authorization_type = var.auth # expect: TFG-SLS-001
}

resource "aws_lambda_function_url" "per_env" {
  for_each           = { dev = "NONE", prod = "AWS_IAM" }
  function_name      = "hook-${each.key}"
  authorization_type = each.value # expect: TFG-SLS-001
}

resource "aws_lambda_function_url" "iam" {
  function_name      = "internal"
  authorization_type = "AWS_IAM"
}

resource "aws_lambda_function_url" "unknown" {
  function_name      = "later"
  authorization_type = var.unknown_auth
}
