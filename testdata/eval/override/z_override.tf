locals {
  name = "override-${var.env}"
}

resource "aws_db_instance" "db" {
  storage_encrypted = true
}
