resource "aws_db_instance" "orders" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  storage_encrypted = false
}

resource "aws_db_instance" "legacy" {
  identifier     = "legacy"
  engine         = "mysql"
  instance_class = "db.t3.micro"
}
