variable "db" {
  type = string
}

resource "aws_redshift_cluster" "unset" { # expect: TFG-DB-056
  cluster_identifier = "unset"
  node_type          = "ra3.xlplus"
}

resource "aws_redshift_cluster" "dev" {
  cluster_identifier = "dev"
  node_type          = "ra3.xlplus"
  database_name      = "dev" # expect: TFG-DB-056
}

resource "aws_redshift_cluster" "own" {
  cluster_identifier = "own"
  node_type          = "ra3.xlplus"
  database_name      = "sales"
}

resource "aws_redshift_cluster" "unknown" {
  cluster_identifier = "unknown"
  node_type          = "ra3.xlplus"
  database_name      = var.db
}
