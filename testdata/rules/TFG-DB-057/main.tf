variable "port" {
  type = number
}

resource "aws_redshift_cluster" "unset" { # expect: TFG-DB-057
  cluster_identifier = "unset"
  node_type          = "ra3.xlplus"
}

resource "aws_redshift_cluster" "default" {
  cluster_identifier = "default"
  node_type          = "ra3.xlplus"
  port               = 5439 # expect: TFG-DB-057
}

resource "aws_redshift_cluster" "other" {
  cluster_identifier = "other"
  node_type          = "ra3.xlplus"
  port               = 5440
}

resource "aws_redshift_cluster" "unknown" {
  cluster_identifier = "unknown"
  node_type          = "ra3.xlplus"
  port               = var.port
}
