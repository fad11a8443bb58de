variable "size" {
  type = string
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "app-${var.size}"
  retention_in_days = 30
}
