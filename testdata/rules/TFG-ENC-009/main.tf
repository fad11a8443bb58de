# Cases of the rule: a literal bad value, the same through a variable, a good case and an unknown one.

variable "unknown_input" {}

resource "aws_db_parameter_group" "pg" { # expect: TFG-ENC-009
  name   = "pg"
  family = "postgres14"
}

resource "aws_db_parameter_group" "pg_good" {
  name   = "pg"
  family = "postgres14"
  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }
}

resource "aws_db_parameter_group" "pg_unknown" {
  name   = "pg"
  family = "postgres14"
  parameter {
    name  = "rds.force_ssl"
    value = var.unknown_input
  }
}
