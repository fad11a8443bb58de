resource_policy "aws_lambda_permission" "function_exists" {
  locals {
    function = core::getdatasource("aws_lambda_function", { function_name = attrs.function_name })
  }

  enforce {
    condition     = local.function != null
    error_message = "no function ${attrs.function_name}"
  }
}
