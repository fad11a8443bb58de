variable "days" {
  type = number
}

resource "aws_neptune_cluster" "unset" { # expect: TFG-DB-045
  cluster_identifier = "unset"
}

resource "aws_neptune_cluster" "short" {
  cluster_identifier      = "short"
  backup_retention_period = 5 # expect: TFG-DB-045
}

resource "aws_neptune_cluster" "week" {
  cluster_identifier      = "week"
  backup_retention_period = 7
}

resource "aws_neptune_cluster" "unknown" {
  cluster_identifier      = "unknown"
  backup_retention_period = var.days
}
