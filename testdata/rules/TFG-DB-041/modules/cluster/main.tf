variable "exports" {
  type = list(string)
}

resource "aws_docdb_cluster" "this" {
  cluster_identifier              = "moduled"
  enabled_cloudwatch_logs_exports = var.exports # expect: TFG-DB-041
}
