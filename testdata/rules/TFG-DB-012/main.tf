variable "protect" {}

resource "aws_qldb_ledger" "off" {
  name                = "off"
  permissions_mode    = "STANDARD"
  deletion_protection = false # expect: TFG-DB-012
}

resource "aws_qldb_ledger" "default" {
  name             = "default"
  permissions_mode = "STANDARD"
}

resource "aws_qldb_ledger" "unknown" {
  name                = "unknown"
  permissions_mode    = "STANDARD"
  deletion_protection = var.protect
}
