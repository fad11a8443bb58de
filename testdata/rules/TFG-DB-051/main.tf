variable "upgrade" {
  type = bool
}

resource "aws_redshift_cluster" "off" {
  cluster_identifier    = "off"
  node_type             = "ra3.xlplus"
  allow_version_upgrade = false # expect: TFG-DB-051
}

resource "aws_redshift_cluster" "unset" {
  cluster_identifier = "unset"
  node_type          = "ra3.xlplus"
}

resource "aws_redshift_cluster" "on" {
  cluster_identifier    = "on"
  node_type             = "ra3.xlplus"
  allow_version_upgrade = true
}

resource "aws_redshift_cluster" "unknown" {
  cluster_identifier    = "unknown"
  node_type             = "ra3.xlplus"
  allow_version_upgrade = var.upgrade
}
