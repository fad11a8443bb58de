# TFG-ENC-041: streams without a customer managed key: unencrypted (unset, NONE literally,
# through a variable, for_each), the AWS managed key (literal, looked up); customer managed
# keys (literal, count) pass; unknown values are undecided.

variable "encryption" {
  default = "NONE"
}

variable "unknown_input" {}

locals {
  streams = {
    clicks = "NONE"
    orders = "KMS"
  }
}

resource "aws_kms_key" "streams" {
  description         = "streams"
  enable_key_rotation = true
}

resource "aws_kinesis_stream" "events" { # expect: TFG-ENC-041
  name        = "events"
  shard_count = 1
}

resource "aws_kinesis_stream" "none" { # expect: TFG-ENC-041
  name            = "none"
  shard_count     = 1
  encryption_type = "NONE"
}

resource "aws_kinesis_stream" "from_variable" { # expect: TFG-ENC-041
  name            = "from-variable"
  shard_count     = 1
  encryption_type = var.encryption
}

resource "aws_kinesis_stream" "per_stream" { # expect: TFG-ENC-041
  for_each        = local.streams
  name            = each.key
  shard_count     = 1
  encryption_type = each.value
  kms_key_id      = aws_kms_key.streams.arn
}

resource "aws_kinesis_stream" "aws_key" {
  name            = "aws-key"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = "alias/aws/kinesis" # expect: TFG-ENC-041
}

resource "aws_kinesis_stream" "events_good" {
  name            = "events"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_kinesis_stream" "counted" {
  count           = 2
  name            = "counted-${count.index}"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = aws_kms_key.streams.id
}

resource "aws_kinesis_stream" "events_unknown" {
  name            = "events"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = var.unknown_input
}

resource "aws_kinesis_stream" "type_unknown" {
  name            = "type-unknown"
  shard_count     = 1
  encryption_type = var.unknown_input
}

# A lookup of the AWS managed key is the AWS managed key; of the account's own alias, a
# customer managed key.
data "aws_kms_alias" "kinesis" {
  name = "alias/aws/kinesis"
}

data "aws_kms_alias" "own" {
  name = "alias/streams"
}

resource "aws_kinesis_stream" "looked_up_aws_key" {
  name            = "looked-up-aws-key"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = data.aws_kms_alias.kinesis.arn # expect: TFG-ENC-041
}

resource "aws_kinesis_stream" "looked_up_own_key" {
  name            = "looked-up-own-key"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = data.aws_kms_alias.own.arn
}
