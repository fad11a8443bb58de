resource "aws_db_security_group" "db" { # expect: TFG-DB-013
  name = "db"

  ingress {
    cidr = "10.0.0.0/24"
  }
}

resource "aws_elasticache_security_group" "cache" { # expect: TFG-DB-013
  name                 = "cache"
  security_group_names = ["app"]
}

resource "aws_redshift_security_group" "warehouse" { # expect: TFG-DB-013
  name = "warehouse"

  ingress {
    cidr = "10.0.0.0/24"
  }
}

resource "aws_security_group" "vpc" {
  name        = "vpc"
  description = "A VPC security group"
}
