variable "accounts" {}

resource "aws_db_snapshot" "public" {
  db_instance_identifier = "orders"
  db_snapshot_identifier = "orders-public"
  shared_accounts        = ["all"] # expect: TFG-DB-007
}

resource "aws_db_snapshot" "partner" {
  db_instance_identifier = "orders"
  db_snapshot_identifier = "orders-partner"
  shared_accounts        = ["123456789012"]
}

resource "aws_db_snapshot" "private" {
  db_instance_identifier = "orders"
  db_snapshot_identifier = "orders-private"
}

resource "aws_db_snapshot" "unknown" {
  db_instance_identifier = "orders"
  db_snapshot_identifier = "orders-unknown"
  shared_accounts        = var.accounts
}

resource "aws_db_cluster_snapshot" "public" {
  db_cluster_identifier          = "aurora"
  db_cluster_snapshot_identifier = "aurora-public"
  shared_accounts                = ["123456789012", "all"] # expect: TFG-DB-007
}
