variable "exports" {
  type = list(string)
}

resource "aws_docdb_cluster" "unset" { # expect: TFG-DB-041
  cluster_identifier = "unset"
}

resource "aws_docdb_cluster" "empty" {
  cluster_identifier              = "empty"
  enabled_cloudwatch_logs_exports = [] # expect: TFG-DB-041
}

resource "aws_docdb_cluster" "audit" {
  cluster_identifier              = "audit"
  enabled_cloudwatch_logs_exports = ["audit"]
}

resource "aws_docdb_cluster" "profiler" {
  cluster_identifier              = "profiler"
  enabled_cloudwatch_logs_exports = ["profiler"]
}

resource "aws_docdb_cluster" "unknown" {
  cluster_identifier              = "unknown"
  enabled_cloudwatch_logs_exports = var.exports
}

module "cluster" {
  source  = "./modules/cluster"
  exports = []
}

module "logged" {
  source  = "./modules/cluster"
  exports = ["audit", "profiler"]
}
