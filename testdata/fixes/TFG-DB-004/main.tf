resource "aws_db_instance" "orders" {
  identifier            = "orders"
  engine                = "postgres"
  instance_class        = "db.t3.micro"
  allocated_storage     = 20
  storage_encrypted     = true
  deletion_protection   = true
  copy_tags_to_snapshot = true
}
