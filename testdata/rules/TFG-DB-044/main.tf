variable "exports" {
  type = list(string)
}

resource "aws_neptune_cluster" "unset" { # expect: TFG-DB-044
  cluster_identifier = "unset"
}

resource "aws_neptune_cluster" "slowquery" {
  cluster_identifier             = "slowquery"
  enable_cloudwatch_logs_exports = ["slowquery"] # expect: TFG-DB-044
}

resource "aws_neptune_cluster" "empty" {
  cluster_identifier             = "empty"
  enable_cloudwatch_logs_exports = [] # expect: TFG-DB-044
}

resource "aws_neptune_cluster" "audit" {
  cluster_identifier             = "audit"
  enable_cloudwatch_logs_exports = ["audit", "slowquery"]
}

resource "aws_neptune_cluster" "unknown" {
  cluster_identifier             = "unknown"
  enable_cloudwatch_logs_exports = var.exports
}
