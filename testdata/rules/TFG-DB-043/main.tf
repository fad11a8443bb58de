variable "days" {
  type = number
}

resource "aws_docdb_cluster" "unset" { # expect: TFG-DB-043
  cluster_identifier = "unset"
}

resource "aws_docdb_cluster" "short" {
  cluster_identifier      = "short"
  backup_retention_period = 3 # expect: TFG-DB-043
}

resource "aws_docdb_cluster" "week" {
  cluster_identifier      = "week"
  backup_retention_period = 7
}

resource "aws_docdb_cluster" "text" {
  cluster_identifier      = "text"
  backup_retention_period = "14"
}

resource "aws_docdb_cluster" "unknown" {
  cluster_identifier      = "unknown"
  backup_retention_period = var.days
}

resource "aws_docdb_cluster" "counted" {
  count                   = 2
  cluster_identifier      = "counted-${count.index}"
  backup_retention_period = count.index == 0 ? 1 : 35 # expect: TFG-DB-043
}
