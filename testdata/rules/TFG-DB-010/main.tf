variable "upgrade" {}

resource "aws_dms_replication_instance" "default" { # expect: TFG-DB-010
  replication_instance_id    = "default"
  replication_instance_class = "dms.t3.medium"
}

resource "aws_dms_replication_instance" "off" {
  replication_instance_id    = "off"
  replication_instance_class = "dms.t3.medium"
  auto_minor_version_upgrade = false # expect: TFG-DB-010
}

resource "aws_dms_replication_instance" "on" {
  replication_instance_id    = "on"
  replication_instance_class = "dms.t3.medium"
  auto_minor_version_upgrade = true
}

resource "aws_dms_replication_instance" "unknown" {
  replication_instance_id    = "unknown"
  replication_instance_class = "dms.t3.medium"
  auto_minor_version_upgrade = var.upgrade
}
