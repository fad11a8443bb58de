variable "public" {
  type = bool
}

resource "aws_redshift_cluster" "unset" { # expect: TFG-DB-052
  cluster_identifier = "unset"
  node_type          = "ra3.xlplus"
}

resource "aws_redshift_cluster" "public" {
  cluster_identifier  = "public"
  node_type           = "ra3.xlplus"
  publicly_accessible = true # expect: TFG-DB-052
}

resource "aws_redshift_cluster" "private" {
  cluster_identifier  = "private"
  node_type           = "ra3.xlplus"
  publicly_accessible = false
}

resource "aws_redshift_cluster" "unknown" {
  cluster_identifier  = "unknown"
  node_type           = "ra3.xlplus"
  publicly_accessible = var.public
}
