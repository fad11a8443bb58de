variable "days" {
  type = number
}

resource "aws_redshift_cluster" "off" {
  cluster_identifier                  = "off"
  node_type                           = "ra3.xlplus"
  automated_snapshot_retention_period = 0 # expect: TFG-DB-050
}

resource "aws_redshift_cluster" "unset" {
  cluster_identifier = "unset"
  node_type          = "ra3.xlplus"
}

resource "aws_redshift_cluster" "week" {
  cluster_identifier                  = "week"
  node_type                           = "ra3.xlplus"
  automated_snapshot_retention_period = 7
}

resource "aws_redshift_cluster" "unknown" {
  cluster_identifier                  = "unknown"
  node_type                           = "ra3.xlplus"
  automated_snapshot_retention_period = var.days
}
