resource "aws_redshift_cluster" "off" {
  cluster_identifier    = "off"
  node_type             = "ra3.xlplus"
  allow_version_upgrade = false
}
