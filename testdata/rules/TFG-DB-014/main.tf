variable "office" {}

resource "aws_db_security_group" "mixed" {
  name = "mixed"

  ingress {
    cidr = "10.0.0.0/8" # expect: TFG-DB-014
  }

  ingress {
    cidr = "10.1.2.0/28"
  }

  ingress {
    cidr = "0.0.0.0/0"
  }
}

resource "aws_db_security_group" "wide" {
  name = "wide"

  ingress {
    cidr = "172.16.0.0/24" # expect: TFG-DB-014
  }

  ingress {
    cidr = "fd00::/64" # expect: TFG-DB-014
  }
}

resource "aws_db_security_group" "narrow" {
  name = "narrow"

  ingress {
    cidr = "${var.office}/29"
  }

  ingress {
    security_group_name = "app"
  }
}

resource "aws_db_security_group" "unknown" {
  name = "unknown"

  ingress {
    cidr = var.office
  }
}
