# Cases of the rule: a literal bad value, the same through a variable, a good case and an unknown one.

variable "unknown_input" {}

resource "aws_ebs_snapshot_copy" "backup" { # expect: TFG-ENC-005
  source_snapshot_id = "snap-0123456789abcdef0"
  source_region      = "eu-west-1"
}

resource "aws_ebs_snapshot_copy" "backup_good" {
  source_snapshot_id = "snap-0123456789abcdef0"
  source_region      = "eu-west-1"
  encrypted          = true
}

resource "aws_ebs_snapshot_copy" "backup_unknown" {
  source_snapshot_id = "snap-0123456789abcdef0"
  source_region      = "eu-west-1"
  encrypted          = var.unknown_input
}
