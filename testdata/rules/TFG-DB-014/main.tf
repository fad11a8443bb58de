variable "office" {}

resource "aws_db_security_group" "open" {
  name = "open"

  ingress {
    cidr = "0.0.0.0/0" # expect: TFG-DB-014
  }

  ingress {
    cidr = "10.1.2.0/28"
  }
}

resource "aws_db_security_group" "wide" {
  name = "wide"

  ingress {
    cidr = "172.16.0.0/16" # expect: TFG-DB-014
  }

  ingress {
    cidr = "::/0" # expect: TFG-DB-014
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
