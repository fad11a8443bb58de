resource "aws_qldb_ledger" "audit" {
  name                = "audit"
  permissions_mode    = "STANDARD"
  deletion_protection = false
}
