# Cases of the rule: a literal bad value, the same through a variable, a good case and an unknown one.

variable "unknown_input" {}

resource "aws_cloudwatch_log_group" "app" { # expect: TFG-ENC-031
  name              = "/app/api"
  retention_in_days = 90
}

resource "aws_cloudwatch_log_group" "app_good" {
  name              = "/app/api"
  retention_in_days = 90
  kms_key_id        = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_cloudwatch_log_group" "app_unknown" {
  name              = "/app/api"
  retention_in_days = 90
  kms_key_id        = var.unknown_input
}
