# Cases of the rule: a literal bad value, the same through a variable, a good case and an unknown one.

variable "unknown_input" {}

resource "aws_kinesis_stream" "events" { # expect: TFG-ENC-034
  name        = "events"
  shard_count = 1
}

resource "aws_kinesis_stream" "events_good" {
  name            = "events"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_kinesis_stream" "events_unknown" {
  name            = "events"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = var.unknown_input
}
