resource "aws_neptune_cluster" "unset" {
  cluster_identifier  = "unset"
  engine              = "neptune"
  skip_final_snapshot = true
}

resource "aws_neptune_cluster" "short" {
  cluster_identifier      = "short"
  engine                  = "neptune"
  skip_final_snapshot     = true
  backup_retention_period = 1
}
