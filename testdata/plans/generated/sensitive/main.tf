# Sensitive values: a bucket named by a sensitive variable (its findings quote the name), a
# database password the provider marks sensitive, a sensitive output. None of the three
# values may appear in any output of tfgate.
variable "bucket_name" {
  type      = string
  sensitive = true
  default   = "tfgate-secret-bucket-kx93"
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = "fixture-db-password-Zq81"
}

resource "aws_s3_bucket" "secret" {
  bucket = var.bucket_name
}

resource "aws_db_instance" "app" {
  identifier          = "app"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  username            = "app"
  password            = var.db_password
  skip_final_snapshot = true
}

output "connection" {
  value     = "postgres://app:${var.db_password}@db.internal/app-Wq55"
  sensitive = true
}
