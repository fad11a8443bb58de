resource "aws_redshift_cluster" "off" {
  cluster_identifier                  = "off"
  node_type                           = "ra3.xlplus"
  automated_snapshot_retention_period = 0
}
