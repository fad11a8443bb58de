variable "key" {}

resource "aws_ssm_parameter" "key" {
  name  = var.key.description
  value = var.key.arn
}
