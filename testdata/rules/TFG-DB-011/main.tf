variable "mode" {}

resource "aws_qldb_ledger" "open" {
  name             = "open"
  permissions_mode = "ALLOW_ALL" # expect: TFG-DB-011
}

resource "aws_qldb_ledger" "standard" {
  name             = "standard"
  permissions_mode = "STANDARD"
}

resource "aws_qldb_ledger" "unknown" {
  name             = "unknown"
  permissions_mode = var.mode
}
