# TFG-ENC-040: RDS/Aurora clusters without a customer managed key. No kms_key_id on an
# encrypted cluster (AWS managed key), the AWS managed key written out, an unencrypted
# cluster, Serverless v1 (always encrypted, the key still checked), restores (the source
# decides), a key of the configuration, unknown values.

variable "unknown_input" {}

resource "aws_kms_key" "rds" {
  description         = "rds"
  enable_key_rotation = true
}

resource "aws_rds_cluster" "no_cmk" { # expect: TFG-ENC-040
  cluster_identifier = "no-cmk"
  engine             = "aurora-postgresql"
  master_username    = "app"
  storage_encrypted  = true
}

resource "aws_rds_cluster" "managed_key" {
  cluster_identifier = "managed-key"
  engine             = "aurora-postgresql"
  master_username    = "app"
  storage_encrypted  = true
  kms_key_id         = "arn:aws:kms:eu-west-1:123456789012:alias/aws/rds" # expect: TFG-ENC-040
}

resource "aws_rds_cluster" "unencrypted" { # expect: TFG-ENC-040
  cluster_identifier = "unencrypted"
  engine             = "aurora-mysql"
  master_username    = "app"
}

resource "aws_rds_cluster" "serverless_default_key" { # expect: TFG-ENC-040
  cluster_identifier = "serverless-default-key"
  engine             = "aurora-mysql"
  engine_mode        = "serverless"
  master_username    = "app"
}

resource "aws_rds_cluster" "good" {
  cluster_identifier = "good"
  engine             = "aurora-postgresql"
  master_username    = "app"
  storage_encrypted  = true
  kms_key_id         = aws_kms_key.rds.arn
}

resource "aws_rds_cluster" "restored" {
  cluster_identifier  = "restored"
  engine              = "aurora-postgresql"
  snapshot_identifier = "main-final"
  storage_encrypted   = true
}

resource "aws_rds_cluster" "key_unknown" {
  cluster_identifier = "key-unknown"
  engine             = "aurora-postgresql"
  master_username    = "app"
  storage_encrypted  = true
  kms_key_id         = var.unknown_input
}

resource "aws_rds_cluster" "encryption_unknown" {
  cluster_identifier = "encryption-unknown"
  engine             = "aurora-postgresql"
  master_username    = "app"
  storage_encrypted  = var.unknown_input
}
