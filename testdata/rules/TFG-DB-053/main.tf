variable "subnets" {
  type = string
}

resource "aws_redshift_cluster" "unset" { # expect: TFG-DB-053
  cluster_identifier = "unset"
  node_type          = "ra3.xlplus"
}

resource "aws_redshift_cluster" "empty" {
  cluster_identifier        = "empty"
  node_type                 = "ra3.xlplus"
  cluster_subnet_group_name = "" # expect: TFG-DB-053
}

resource "aws_redshift_cluster" "named" {
  cluster_identifier        = "named"
  node_type                 = "ra3.xlplus"
  cluster_subnet_group_name = "warehouse"
}

resource "aws_redshift_cluster" "unknown" {
  cluster_identifier        = "unknown"
  node_type                 = "ra3.xlplus"
  cluster_subnet_group_name = var.subnets
}
