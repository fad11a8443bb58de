variable "env" { default = "dev" }

locals {
  name = "base-${var.env}"
}

resource "aws_s3_bucket" "b" {
  bucket = local.name
  acl    = "public-read"

  versioning {
    enabled = false
  }
  logging {
    target_bucket = "logs"
  }
}

resource "aws_db_instance" "db" {
  engine            = "postgres"
  storage_encrypted = false
}
