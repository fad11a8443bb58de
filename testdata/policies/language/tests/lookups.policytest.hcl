policytest {
  targets = ["../policies/lookups.policy.hcl"]
}

data "aws_lambda_function" "billing" {
  attrs = {
    function_name = "billing"
    runtime       = "python3.12"
  }
}

resource "aws_lambda_permission" "for_billing" {
  attrs = {
    function_name = "billing"
  }
}

resource "aws_lambda_permission" "for_nothing" {
  expect_failure = true
  attrs = {
    function_name = "ghost"
  }
}
