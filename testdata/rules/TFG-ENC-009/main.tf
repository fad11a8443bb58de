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

# PostgreSQL 15+ enforces TLS by default: only an explicit 0 is reported.
resource "aws_db_parameter_group" "pg16_default" {
  name   = "pg16-default"
  family = "postgres16"
}

resource "aws_db_parameter_group" "pg16_off" {
  name   = "pg16-off"
  family = "postgres16"
  parameter {
    name  = "rds.force_ssl"
    value = "0" # expect: TFG-ENC-009
  }
}

resource "aws_db_parameter_group" "mysql" { # expect: TFG-ENC-009
  name   = "mysql"
  family = "mysql8.0"
}
