variable "groups" {
  type = list(string)
}

resource "aws_redshift_cluster" "unset" { # expect: TFG-DB-054
  cluster_identifier = "unset"
  node_type          = "ra3.xlplus"
}

resource "aws_redshift_cluster" "empty" {
  cluster_identifier     = "empty"
  node_type              = "ra3.xlplus"
  vpc_security_group_ids = [] # expect: TFG-DB-054
}

resource "aws_redshift_cluster" "own" {
  cluster_identifier     = "own"
  node_type              = "ra3.xlplus"
  vpc_security_group_ids = ["sg-0123456789abcdef0"]
}

resource "aws_redshift_cluster" "unknown" {
  cluster_identifier     = "unknown"
  node_type              = "ra3.xlplus"
  vpc_security_group_ids = var.groups
}
