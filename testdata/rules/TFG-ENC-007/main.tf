# TFG-ENC-007: unencrypted RDS/Aurora clusters. Literal false, false through a variable,
# unset, Serverless v1 (always encrypted), restores (the source decides), for_each and
# unknown values (undecided). Encrypted clusters without a customer managed key are
# TFG-ENC-040's, not findings here.

variable "storage_encrypted" {
  default = false
}

variable "unknown_input" {}

resource "aws_kms_key" "rds" {
  description         = "rds"
  enable_key_rotation = true
}

resource "aws_rds_cluster" "literal" {
  cluster_identifier = "literal"
  engine             = "aurora-postgresql"
  master_username    = "app"
  storage_encrypted  = false # expect: TFG-ENC-007
}

resource "aws_rds_cluster" "from_variable" {
  cluster_identifier = "from-variable"
  engine             = "aurora-mysql"
  master_username    = "app"
  storage_encrypted  = var.storage_encrypted # expect: TFG-ENC-007
}

resource "aws_rds_cluster" "unset" { # expect: TFG-ENC-007
  for_each           = toset(["a", "b"])
  cluster_identifier = "unset-${each.key}"
  engine             = "aurora-postgresql"
  master_username    = "app"
}

# Encrypted with the AWS managed key.
resource "aws_rds_cluster" "no_cmk" {
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
  kms_key_id         = "arn:aws:kms:eu-west-1:123456789012:alias/aws/rds"
}

resource "aws_rds_cluster" "good" {
  cluster_identifier = "good"
  engine             = "aurora-postgresql"
  master_username    = "app"
  storage_encrypted  = true
  kms_key_id         = aws_kms_key.rds.arn
}

# Serverless v1 storage is always encrypted, with or without a key.
resource "aws_rds_cluster" "serverless" {
  cluster_identifier = "serverless"
  engine             = "aurora-mysql"
  engine_mode        = "serverless"
  master_username    = "app"
  kms_key_id         = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

# Restored from a snapshot: the snapshot decides.
resource "aws_rds_cluster" "serverless_no_key" {
  cluster_identifier = "serverless-no-key"
  engine             = "aurora-mysql"
  engine_mode        = "serverless"
  master_username    = "app"
}

resource "aws_rds_cluster" "restored" {
  cluster_identifier  = "restored"
  engine              = "aurora-postgresql"
  snapshot_identifier = "main-final"
}

resource "aws_rds_cluster" "unknown" {
  cluster_identifier = "unknown"
  engine             = "aurora-postgresql"
  master_username    = "app"
  storage_encrypted  = var.unknown_input
}

resource "aws_rds_cluster" "key_unknown" {
  cluster_identifier = "key-unknown"
  engine             = "aurora-postgresql"
  master_username    = "app"
  storage_encrypted  = true
  kms_key_id         = var.unknown_input
}
