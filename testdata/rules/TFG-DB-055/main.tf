variable "routing" {
  type = bool
}

resource "aws_redshift_cluster" "unset" { # expect: TFG-DB-055
  cluster_identifier = "unset"
  node_type          = "ra3.xlplus"
}

resource "aws_redshift_cluster" "off" {
  cluster_identifier   = "off"
  node_type            = "ra3.xlplus"
  enhanced_vpc_routing = false # expect: TFG-DB-055
}

resource "aws_redshift_cluster" "on" {
  cluster_identifier   = "on"
  node_type            = "ra3.xlplus"
  enhanced_vpc_routing = true
}

resource "aws_redshift_cluster" "unknown" {
  cluster_identifier   = "unknown"
  node_type            = "ra3.xlplus"
  enhanced_vpc_routing = var.routing
}
