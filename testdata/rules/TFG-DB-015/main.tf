variable "description" {}

resource "aws_elasticache_security_group" "unset" { # expect: TFG-DB-015
  name                 = "unset"
  security_group_names = ["app"]
}

resource "aws_elasticache_security_group" "default" {
  name                 = "default-text"
  description          = "Managed by Terraform" # expect: TFG-DB-015
  security_group_names = ["app"]
}

resource "aws_elasticache_security_group" "described" {
  name                 = "described"
  description          = "Application servers reading the session cache"
  security_group_names = ["app"]
}

resource "aws_redshift_security_group" "empty" {
  name        = "empty"
  description = "" # expect: TFG-DB-015

  ingress {
    cidr = "10.0.0.0/28"
  }
}

resource "aws_redshift_security_group" "unknown" {
  name        = "unknown"
  description = var.description

  ingress {
    cidr = "10.0.0.0/28"
  }
}
