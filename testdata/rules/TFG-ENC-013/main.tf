# Cases of the rule: a literal bad value, the same through a variable, a good case and an unknown one.

variable "bad_setting" {
  default = "alias/aws/sns"
}

variable "unknown_input" {}

resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = "alias/aws/sns" # expect: TFG-ENC-013
}

resource "aws_sns_topic" "alerts_from_variable" {
  name              = "alerts"
  kms_master_key_id = var.bad_setting # expect: TFG-ENC-013
}

resource "aws_sns_topic" "alerts_good" {
  name              = "alerts"
  kms_master_key_id = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_sns_topic" "alerts_unknown" {
  name              = "alerts"
  kms_master_key_id = var.unknown_input
}
