# TFG-ENC-009: parameter groups that do not enforce TLS. PostgreSQL and SQL Server need
# `rds.force_ssl = 1` (RDS for PostgreSQL 15+ has it by default, Aurora PostgreSQL does not);
# MySQL, MariaDB and Aurora MySQL need `require_secure_transport` on (MariaDB 11.8+ has it by
# default). Aurora sets these in the cluster parameter group; families without the parameter
# are not examined. Literal values, values through a variable and a dynamic block, and unknown
# values (undecided).

variable "secure_transport" {
  default = "OFF"
}

variable "unknown_input" {}

locals {
  pg_parameters = {
    "rds.force_ssl"   = "0"
    "log_connections" = "1"
  }
}

resource "aws_db_parameter_group" "pg14_missing" { # expect: TFG-ENC-009
  name   = "pg14-missing"
  family = "postgres14"
}

resource "aws_db_parameter_group" "pg14_off" {
  name   = "pg14-off"
  family = "postgres14"
  parameter {
    name  = "rds.force_ssl"
    value = "0" # expect: TFG-ENC-009
  }
}

resource "aws_db_parameter_group" "pg14_good" {
  name   = "pg14-good"
  family = "postgres14"
  parameter {
    name  = "rds.force_ssl"
    value = 1
  }
}

resource "aws_db_parameter_group" "pg14_unknown" {
  name   = "pg14-unknown"
  family = "postgres14"
  parameter {
    name  = "rds.force_ssl"
    value = var.unknown_input
  }
}

# RDS for PostgreSQL 15 and later enforce TLS by default: only an explicit 0 is reported.
resource "aws_db_parameter_group" "pg16_default" {
  name   = "pg16-default"
  family = "postgres16"
}

resource "aws_db_parameter_group" "pg16_dynamic" {
  name   = "pg16-dynamic"
  family = "postgres16"
  dynamic "parameter" {
    for_each = local.pg_parameters
    content {
      name  = parameter.key
      value = parameter.value # expect: TFG-ENC-009
    }
  }
}

resource "aws_db_parameter_group" "pg12_dynamic_unknown" {
  name   = "pg12-dynamic-unknown"
  family = "postgres12"
  dynamic "parameter" {
    for_each = var.unknown_input
    content {
      name  = parameter.key
      value = parameter.value
    }
  }
}

resource "aws_db_parameter_group" "mysql_missing" { # expect: TFG-ENC-009
  count  = 2
  name   = "mysql-missing-${count.index}"
  family = "mysql8.0"
}

resource "aws_db_parameter_group" "mysql_from_variable" {
  name   = "mysql-from-variable"
  family = "mysql8.0"
  parameter {
    name  = "require_secure_transport"
    value = var.secure_transport # expect: TFG-ENC-009
  }
}

resource "aws_db_parameter_group" "mysql_good" {
  name   = "mysql-good"
  family = "mysql8.4"
  parameter {
    name  = "require_secure_transport"
    value = "ON"
  }
}

# MySQL 5.6 has no `require_secure_transport`: not examined.
resource "aws_db_parameter_group" "mysql56" {
  name   = "mysql56"
  family = "mysql5.6"
}

resource "aws_db_parameter_group" "mariadb_missing" { # expect: TFG-ENC-009
  name   = "mariadb-missing"
  family = "mariadb10.11"
}

resource "aws_db_parameter_group" "mariadb_default_on" {
  name   = "mariadb-default-on"
  family = "mariadb11.8"
}

resource "aws_db_parameter_group" "sqlserver_missing" { # expect: TFG-ENC-009
  name   = "sqlserver-missing"
  family = "sqlserver-se-15.0"
}

# Aurora PostgreSQL defaults `rds.force_ssl` to 0, whatever the version.
resource "aws_rds_cluster_parameter_group" "aurora_pg_missing" { # expect: TFG-ENC-009
  name   = "aurora-pg-missing"
  family = "aurora-postgresql16"
}

# The DB (instance) parameter group of an Aurora cluster cannot set it: not examined.
resource "aws_db_parameter_group" "aurora_pg_instances" {
  name   = "aurora-pg-instances"
  family = "aurora-postgresql16"
}

resource "aws_rds_cluster_parameter_group" "aurora_mysql_good" {
  name   = "aurora-mysql-good"
  family = "aurora-mysql8.0"
  parameter {
    name  = "require_secure_transport"
    value = "1"
  }
}

resource "aws_db_parameter_group" "oracle" {
  name   = "oracle"
  family = "oracle-ee-19"
}
