variable "audit" {
  type = string
}

variable "group" {
  type = string
}

resource "aws_docdb_cluster_parameter_group" "absent" { # expect: TFG-DB-042
  family = "docdb5.0"
  name   = "absent"

  parameter {
    name  = "tls"
    value = "enabled"
  }
}

resource "aws_docdb_cluster_parameter_group" "disabled" {
  family = "docdb5.0"
  name   = "disabled"

  parameter {
    name  = "audit_logs"
    value = "disabled" # expect: TFG-DB-042
  }
}

resource "aws_docdb_cluster_parameter_group" "reads_only" {
  family = "docdb5.0"
  name   = "reads-only"

  parameter {
    name  = "audit_logs"
    value = "dml_read" # expect: TFG-DB-042
  }
}

resource "aws_docdb_cluster_parameter_group" "enabled" {
  family = "docdb5.0"
  name   = "enabled"

  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
}

resource "aws_docdb_cluster_parameter_group" "several" {
  family = "docdb5.0"
  name   = "several"

  parameter {
    name  = "audit_logs"
    value = "ddl,dml_write"
  }
}

resource "aws_docdb_cluster_parameter_group" "unknown" {
  family = "docdb5.0"
  name   = "unknown"

  parameter {
    name  = "audit_logs"
    value = var.audit
  }
}

resource "aws_docdb_cluster" "default_group" { # expect: TFG-DB-042
  cluster_identifier = "default-group"
}

resource "aws_docdb_cluster" "named_default" {
  cluster_identifier              = "named-default"
  db_cluster_parameter_group_name = "default.docdb5.0" # expect: TFG-DB-042
}

resource "aws_docdb_cluster" "by_reference" {
  cluster_identifier              = "by-reference"
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.enabled.name
}

resource "aws_docdb_cluster" "by_name" {
  cluster_identifier              = "by-name"
  db_cluster_parameter_group_name = "several"
}

resource "aws_docdb_cluster" "external" {
  cluster_identifier              = "external"
  db_cluster_parameter_group_name = "shared-audit"
}

resource "aws_docdb_cluster" "unknown_group" {
  cluster_identifier              = "unknown-group"
  db_cluster_parameter_group_name = var.group
}
