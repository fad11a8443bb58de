# Cases of the rule: a literal bad value, the same through a variable, a good case and an unknown one.

variable "unknown_input" {}

resource "aws_sqs_queue" "jobs" { # expect: TFG-ENC-015
  name = "jobs"
}

resource "aws_sqs_queue" "jobs_good" {
  name              = "jobs"
  kms_master_key_id = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_sqs_queue" "jobs_unknown" {
  name              = "jobs"
  kms_master_key_id = var.unknown_input
}
