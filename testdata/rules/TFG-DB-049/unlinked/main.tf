variable "cluster" {
  type = string
}

# The logging resource names a cluster nobody can tell before apply: undecided.
resource "aws_redshift_cluster" "maybe" {
  cluster_identifier = "maybe"
  node_type          = "ra3.xlplus"
}

resource "aws_redshift_logging" "somewhere" {
  cluster_identifier   = var.cluster
  log_destination_type = "cloudwatch"
}
