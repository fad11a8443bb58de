# Cases of the rule: a literal bad value, the same through a variable, a good case and an unknown one.

variable "unknown_input" {}

resource "aws_redshift_cluster" "dw" { # expect: TFG-ENC-033
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
}

resource "aws_redshift_cluster" "dw_good" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
  encrypted          = true
  kms_key_id         = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_redshift_cluster" "dw_unknown" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
  encrypted          = true
  kms_key_id         = var.unknown_input
}
