# TFG-ENC-044: MSK clusters encrypted at rest without a customer managed key. No
# encryption_info, encryption_info without a key, a key variable defaulting to null (with
# count), the AWS managed key looked up by alias, keys of the configuration, a literal ARN, an unknown key
# (undecided) and a dynamic block of unknown for_each (undecided).

variable "key_arn" {
  type    = string
  default = null
}

variable "unknown_key" {}

variable "unknown_blocks" {}

resource "aws_kms_key" "msk" {
  description         = "msk"
  enable_key_rotation = true
}

data "aws_kms_alias" "kafka" {
  name = "alias/aws/kafka"
}

resource "aws_kms_alias" "msk" {
  name          = "alias/msk"
  target_key_id = aws_kms_key.msk.key_id
}

resource "aws_msk_cluster" "no_block" { # expect: TFG-ENC-044
  cluster_name           = "no-block"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
}

resource "aws_msk_cluster" "transit_only" { # expect: TFG-ENC-044
  cluster_name           = "transit-only"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  encryption_info {
    encryption_in_transit {
      client_broker = "TLS"
    }
  }
}

resource "aws_msk_cluster" "null_variable" { # expect: TFG-ENC-044
  count                  = 2
  cluster_name           = "null-variable-${count.index}"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  encryption_info {
    encryption_at_rest_kms_key_arn = var.key_arn
  }
}

resource "aws_msk_cluster" "aws_managed" {
  cluster_name           = "aws-managed"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  encryption_info {
    encryption_at_rest_kms_key_arn = data.aws_kms_alias.kafka.target_key_arn # expect: TFG-ENC-044
  }
}

resource "aws_msk_cluster" "key_ref" {
  cluster_name           = "key-ref"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  encryption_info {
    encryption_at_rest_kms_key_arn = aws_kms_key.msk.arn
  }
}

resource "aws_msk_cluster" "alias_ref" {
  cluster_name           = "alias-ref"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  encryption_info {
    encryption_at_rest_kms_key_arn = aws_kms_alias.msk.arn
  }
}

resource "aws_msk_cluster" "literal_arn" {
  cluster_name           = "literal-arn"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  encryption_info {
    encryption_at_rest_kms_key_arn = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }
}

resource "aws_msk_cluster" "unknown_key" {
  cluster_name           = "unknown-key"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  encryption_info {
    encryption_at_rest_kms_key_arn = var.unknown_key
  }
}

resource "aws_msk_cluster" "dynamic_unknown" {
  cluster_name           = "dynamic-unknown"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  dynamic "encryption_info" {
    for_each = var.unknown_blocks
    content {
      encryption_at_rest_kms_key_arn = encryption_info.value
    }
  }
}
