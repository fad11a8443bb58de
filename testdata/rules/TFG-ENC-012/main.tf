# TFG-ENC-012: SNS topics without server-side encryption. Unset (with count), an empty key
# literally and through a variable, any key (the AWS managed one included: TFG-ENC-013 judges
# it), and unknown keys (undecided).

variable "kms_master_key_id" {
  default = ""
}

variable "unknown_input" {}

resource "aws_kms_key" "sns" {
  description         = "sns"
  enable_key_rotation = true
}

resource "aws_sns_topic" "unset" { # expect: TFG-ENC-012
  count = 2
  name  = "alerts-${count.index}"
}

resource "aws_sns_topic" "empty" {
  name              = "empty"
  kms_master_key_id = "" # expect: TFG-ENC-012
}

resource "aws_sns_topic" "from_variable" {
  name              = "from-variable"
  kms_master_key_id = var.kms_master_key_id # expect: TFG-ENC-012
}

resource "aws_sns_topic" "good" {
  name              = "good"
  kms_master_key_id = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_sns_topic" "aws_managed" {
  name              = "aws-managed"
  kms_master_key_id = "alias/aws/sns"
}

# Known after apply: undecided.
resource "aws_sns_topic" "reference" {
  name              = "reference"
  kms_master_key_id = aws_kms_key.sns.id
}

resource "aws_sns_topic" "unknown" {
  name              = "unknown"
  kms_master_key_id = var.unknown_input
}
