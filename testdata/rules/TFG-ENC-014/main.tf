# Cases of the rule: a literal bad value, the same through a variable, a good case and an unknown one.

variable "bad_setting" {
  default = false
}

variable "unknown_input" {}

resource "aws_sqs_queue" "jobs" {
  name                    = "jobs"
  sqs_managed_sse_enabled = false # expect: TFG-ENC-014
}

resource "aws_sqs_queue" "jobs_from_variable" {
  name                    = "jobs"
  sqs_managed_sse_enabled = var.bad_setting # expect: TFG-ENC-014
}

resource "aws_sqs_queue" "jobs_good" {
  name                    = "jobs"
  sqs_managed_sse_enabled = true
}

resource "aws_sqs_queue" "jobs_unknown" {
  name                    = "jobs"
  sqs_managed_sse_enabled = var.unknown_input
}
