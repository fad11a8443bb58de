# TFG-ENC-015: SQS queues without a customer managed key. SSE-SQS (by default and asked
# for, with for_each), the AWS managed key literally and through a variable, customer managed
# keys, unencrypted queues (TFG-ENC-014's, and this rule's too) and unknown keys (undecided).

variable "queue_key" {
  default = "alias/aws/sqs"
}

variable "unknown_input" {}

resource "aws_kms_key" "sqs" {
  description         = "sqs"
  enable_key_rotation = true
}

resource "aws_sqs_queue" "default" { # expect: TFG-ENC-015
  for_each = toset(["jobs", "dead-letters"])
  name     = each.key
}

resource "aws_sqs_queue" "sse_sqs" {
  name                    = "sse-sqs"
  sqs_managed_sse_enabled = true # expect: TFG-ENC-015
}

resource "aws_sqs_queue" "managed_key" {
  name              = "managed-key"
  kms_master_key_id = "alias/aws/sqs" # expect: TFG-ENC-015
}

resource "aws_sqs_queue" "from_variable" {
  name              = "from-variable"
  kms_master_key_id = var.queue_key # expect: TFG-ENC-015
}

resource "aws_sqs_queue" "good" {
  name              = "good"
  kms_master_key_id = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_sqs_queue" "good_reference" {
  name              = "good-reference"
  kms_master_key_id = aws_kms_key.sqs.id
}

resource "aws_sqs_queue" "unencrypted" {
  name                    = "unencrypted"
  sqs_managed_sse_enabled = false # expect: TFG-ENC-015
}

resource "aws_sqs_queue" "unknown" {
  name              = "unknown"
  kms_master_key_id = var.unknown_input
}

# An empty key is no key: the finding says what is written and points at it.
resource "aws_sqs_queue" "empty_key" {
  name              = "empty-key"
  kms_master_key_id = "" # expect: TFG-ENC-015
}
