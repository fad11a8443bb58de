# TFG-ENC-042: clusters without a customer managed key: unencrypted or encrypted by AWS
# (unset, false literally, through a variable, count), the AWS managed key (implicit,
# looked up), customer managed keys (encrypted set or not), restores, unknown values.

variable "encrypt" {
  default = false
}

variable "unknown_input" {}

resource "aws_kms_key" "dw" {
  description         = "dw"
  enable_key_rotation = true
}

resource "aws_redshift_cluster" "dw" { # expect: TFG-ENC-042
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
}

resource "aws_redshift_cluster" "explicit_false" { # expect: TFG-ENC-042
  cluster_identifier = "explicit-false"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
  encrypted          = false
}

resource "aws_redshift_cluster" "from_variable" { # expect: TFG-ENC-042
  count              = 2
  cluster_identifier = "from-variable-${count.index}"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
  encrypted          = var.encrypt
}

resource "aws_redshift_cluster" "aws_managed_key" {
  cluster_identifier = "aws-managed"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
  encrypted          = true # expect: TFG-ENC-042
}

resource "aws_redshift_cluster" "dw_good" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
  encrypted          = true
  kms_key_id         = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

# Since 2025 AWS encrypts every new cluster; the key decides.
resource "aws_redshift_cluster" "key_only" {
  cluster_identifier = "key-only"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
  kms_key_id         = aws_kms_key.dw.arn
}

resource "aws_redshift_cluster" "restored" {
  cluster_identifier  = "restored"
  node_type           = "ra3.xlplus"
  snapshot_identifier = "dw-final"
}

resource "aws_redshift_cluster" "dw_unknown" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
  encrypted          = true
  kms_key_id         = var.unknown_input
}

resource "aws_redshift_cluster" "encrypted_unknown" {
  cluster_identifier = "encrypted-unknown"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
  encrypted          = var.unknown_input
}

# A lookup of the AWS managed key is the AWS managed key; of the account's own alias, a
# customer managed key.
data "aws_kms_alias" "redshift" {
  name = "alias/aws/redshift"
}

data "aws_kms_alias" "own" {
  name = "alias/warehouse"
}

resource "aws_redshift_cluster" "looked_up_aws_key" {
  cluster_identifier = "looked-up-aws-key"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
  encrypted          = true
  kms_key_id         = data.aws_kms_alias.redshift.target_key_arn # expect: TFG-ENC-042
}

resource "aws_redshift_cluster" "looked_up_own_key" {
  cluster_identifier = "looked-up-own-key"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
  encrypted          = true
  kms_key_id         = data.aws_kms_alias.own.target_key_arn
}
