# Cases of the rule: a literal bad value, the same through a variable, a good case and an unknown one.

variable "bad_setting" {
  default = false
}

variable "unknown_input" {}

resource "aws_rds_cluster" "main" {
  cluster_identifier = "main"
  engine             = "aurora-postgresql"
  master_username    = "app"
  storage_encrypted  = false # expect: TFG-ENC-007
}

resource "aws_rds_cluster" "main_from_variable" {
  cluster_identifier = "main"
  engine             = "aurora-postgresql"
  master_username    = "app"
  storage_encrypted  = var.bad_setting # expect: TFG-ENC-007
}

resource "aws_rds_cluster" "main_good" {
  cluster_identifier = "main"
  engine             = "aurora-postgresql"
  master_username    = "app"
  storage_encrypted  = true
  kms_key_id         = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_rds_cluster" "main_unknown" {
  cluster_identifier = "main"
  engine             = "aurora-postgresql"
  master_username    = "app"
  storage_encrypted  = var.unknown_input
  kms_key_id         = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
