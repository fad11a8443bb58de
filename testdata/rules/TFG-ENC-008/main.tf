# Cases of the rule: a literal bad value, the same through a variable, a good case and an unknown one.

variable "unknown_input" {}

resource "aws_db_instance" "orders" {
  identifier                   = "orders"
  engine                       = "postgres"
  instance_class               = "db.t3.micro"
  allocated_storage            = 20
  storage_encrypted            = true
  performance_insights_enabled = true # expect: TFG-ENC-008
}

resource "aws_db_instance" "orders_good" {
  identifier                      = "orders"
  engine                          = "postgres"
  instance_class                  = "db.t3.micro"
  allocated_storage               = 20
  storage_encrypted               = true
  performance_insights_enabled    = true
  performance_insights_kms_key_id = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_db_instance" "orders_unknown" {
  identifier                      = "orders"
  engine                          = "postgres"
  instance_class                  = "db.t3.micro"
  allocated_storage               = 20
  storage_encrypted               = true
  performance_insights_enabled    = true
  performance_insights_kms_key_id = var.unknown_input
}
