variable "protect" {
  type = bool
}

resource "aws_neptune_cluster" "unset" { # expect: TFG-DB-046
  cluster_identifier = "unset"
}

resource "aws_neptune_cluster" "off" {
  cluster_identifier  = "off"
  deletion_protection = false # expect: TFG-DB-046
}

resource "aws_neptune_cluster" "on" {
  cluster_identifier  = "on"
  deletion_protection = true
}

resource "aws_neptune_cluster" "unknown" {
  cluster_identifier  = "unknown"
  deletion_protection = var.protect
}
