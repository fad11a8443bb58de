resource "aws_docdb_cluster" "unset" {
  cluster_identifier  = "unset"
  master_username     = "docsadmin"
  skip_final_snapshot = true
}

resource "aws_docdb_cluster" "short" {
  cluster_identifier      = "short"
  master_username         = "docsadmin"
  skip_final_snapshot     = true
  backup_retention_period = 2
}
