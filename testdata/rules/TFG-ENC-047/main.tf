# TFG-ENC-047: Direct PUT delivery streams without server-side encryption. No block (with
# count), enabled false, enabled unset, enabled true (AWS owned key by default, and a
# customer managed key), a Kinesis stream source (passes), an unknown flag and a dynamic
# block of unknown for_each (both undecided).

variable "unknown_flag" {
  type = bool
}

variable "unknown_blocks" {}

resource "aws_kms_key" "firehose" {
  description         = "firehose"
  enable_key_rotation = true
}

resource "aws_kinesis_firehose_delivery_stream" "no_block" { # expect: TFG-ENC-047
  count       = 2
  name        = "no-block-${count.index}"
  destination = "extended_s3"
}

resource "aws_kinesis_firehose_delivery_stream" "disabled" {
  name        = "disabled"
  destination = "extended_s3"
  server_side_encryption {
    enabled = false # expect: TFG-ENC-047
  }
}

resource "aws_kinesis_firehose_delivery_stream" "enabled_unset" {
  name        = "enabled-unset"
  destination = "extended_s3"
  server_side_encryption { # expect: TFG-ENC-047
    key_type = "AWS_OWNED_CMK"
  }
}

resource "aws_kinesis_firehose_delivery_stream" "aws_owned" {
  name        = "aws-owned"
  destination = "extended_s3"
  server_side_encryption {
    enabled = true
  }
}

resource "aws_kinesis_firehose_delivery_stream" "customer_key" {
  name        = "customer-key"
  destination = "extended_s3"
  server_side_encryption {
    enabled  = true
    key_type = "CUSTOMER_MANAGED_CMK"
    key_arn  = aws_kms_key.firehose.arn
  }
}

resource "aws_kinesis_firehose_delivery_stream" "from_stream" {
  name        = "from-stream"
  destination = "extended_s3"
  kinesis_source_configuration {
    kinesis_stream_arn = "arn:aws:kinesis:eu-west-1:123456789012:stream/events"
    role_arn           = "arn:aws:iam::123456789012:role/firehose-read"
  }
}

resource "aws_kinesis_firehose_delivery_stream" "unknown_flag" {
  name        = "unknown-flag"
  destination = "extended_s3"
  server_side_encryption {
    enabled = var.unknown_flag
  }
}

resource "aws_kinesis_firehose_delivery_stream" "dynamic_unknown" {
  name        = "dynamic-unknown"
  destination = "extended_s3"
  dynamic "server_side_encryption" {
    for_each = var.unknown_blocks
    content {
      enabled = true
    }
  }
}
