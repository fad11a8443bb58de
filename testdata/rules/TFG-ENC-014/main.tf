# TFG-ENC-014: SQS queues stored unencrypted. Only a queue that turns SSE-SQS off
# (`sqs_managed_sse_enabled = false`, literally, through a variable or with count) and has
# no KMS key is reported: since late 2022 SSE-SQS is the default. Unknown values are
# undecided.

variable "sse" {
  default = false
}

variable "unknown_input" {}

resource "aws_sqs_queue" "literal" {
  name                    = "literal"
  sqs_managed_sse_enabled = false # expect: TFG-ENC-014
}

resource "aws_sqs_queue" "from_variable" {
  count                   = 2
  name                    = "from-variable-${count.index}"
  sqs_managed_sse_enabled = var.sse # expect: TFG-ENC-014
}

resource "aws_sqs_queue" "empty_key" {
  name                    = "empty-key"
  sqs_managed_sse_enabled = false # expect: TFG-ENC-014
  kms_master_key_id       = ""
}

# SSE-SQS by default.
resource "aws_sqs_queue" "default" {
  name = "default"
}

resource "aws_sqs_queue" "sse_sqs" {
  name                    = "sse-sqs"
  sqs_managed_sse_enabled = true
}

# SSE-KMS.
resource "aws_sqs_queue" "kms" {
  name                    = "kms"
  sqs_managed_sse_enabled = false
  kms_master_key_id       = "alias/aws/sqs"
}

resource "aws_sqs_queue" "unknown" {
  name                    = "unknown"
  sqs_managed_sse_enabled = var.unknown_input
}

resource "aws_sqs_queue" "key_unknown" {
  name                    = "key-unknown"
  sqs_managed_sse_enabled = false
  kms_master_key_id       = var.unknown_input
}
