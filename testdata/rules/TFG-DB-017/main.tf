variable "office" {}

resource "aws_db_security_group" "open" {
  name = "open"

  ingress {
    cidr = "0.0.0.0/0" # expect: TFG-DB-017
  }

  ingress {
    cidr = "10.0.0.0/8"
  }
}

resource "aws_db_security_group" "v6" {
  name = "v6"

  ingress {
    cidr = "::/0" # expect: TFG-DB-017
  }

  ingress {
    cidr = "52.0.0.0/8" # expect: TFG-DB-017
  }
}

resource "aws_db_security_group" "office" {
  name = "office"

  ingress {
    cidr = "${var.office}/32"
  }
}

resource "aws_db_security_group" "unknown" {
  name = "unknown"

  ingress {
    cidr = var.office
  }
}
