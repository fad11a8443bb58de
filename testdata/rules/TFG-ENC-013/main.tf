# TFG-ENC-013: SNS topics encrypted with the AWS managed key. The alias literally, as an
# ARN, through a variable (with for_each) and through a data source lookup; customer managed
# keys; unencrypted topics (TFG-ENC-012's, not examined here) and unknown keys (undecided).

variable "topic_key" {
  default = "alias/aws/sns"
}

variable "unknown_input" {}

resource "aws_kms_key" "sns" {
  description         = "sns"
  enable_key_rotation = true
}

data "aws_kms_alias" "sns" {
  name = "alias/aws/sns"
}

resource "aws_sns_topic" "literal" {
  name              = "literal"
  kms_master_key_id = "alias/aws/sns" # expect: TFG-ENC-013
}

resource "aws_sns_topic" "arn" {
  name              = "arn"
  kms_master_key_id = "arn:aws:kms:eu-west-1:123456789012:alias/aws/sns" # expect: TFG-ENC-013
}

resource "aws_sns_topic" "from_variable" {
  for_each          = toset(["alerts", "events"])
  name              = each.key
  kms_master_key_id = var.topic_key # expect: TFG-ENC-013
}

resource "aws_sns_topic" "from_data" {
  name              = "from-data"
  kms_master_key_id = data.aws_kms_alias.sns.target_key_id # expect: TFG-ENC-013
}

resource "aws_sns_topic" "good" {
  name              = "good"
  kms_master_key_id = "alias/alerts"
}

resource "aws_sns_topic" "good_reference" {
  name              = "good-reference"
  kms_master_key_id = aws_kms_key.sns.arn
}

resource "aws_sns_topic" "unencrypted" {
  name = "unencrypted"
}

resource "aws_sns_topic" "unknown" {
  name              = "unknown"
  kms_master_key_id = var.unknown_input
}
