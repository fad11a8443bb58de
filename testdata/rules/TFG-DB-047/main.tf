variable "iam" {
  type = bool
}

resource "aws_neptune_cluster" "unset" { # expect: TFG-DB-047
  cluster_identifier = "unset"
}

resource "aws_neptune_cluster" "off" {
  cluster_identifier                  = "off"
  iam_database_authentication_enabled = false # expect: TFG-DB-047
}

resource "aws_neptune_cluster" "on" {
  cluster_identifier                  = "on"
  iam_database_authentication_enabled = true
}

resource "aws_neptune_cluster" "text" {
  cluster_identifier                  = "text"
  iam_database_authentication_enabled = "true"
}

resource "aws_neptune_cluster" "unknown" {
  cluster_identifier                  = "unknown"
  iam_database_authentication_enabled = var.iam
}
