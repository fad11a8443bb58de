variable "days" {
  type = number
}

resource "aws_cloudwatch_log_group" "this" {
  name              = "/module/${var.days}"
  retention_in_days = var.days # expect: TFG-LOG-002
}
