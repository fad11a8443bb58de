resource "aws_security_group" "open" {
  name        = "open"
  description = "open"

  ingress {
    description = "all protocols"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"] # expect: TFG-NET-003
  }

  ingress {
    description = "every tcp port"
    from_port   = 0
    to_port     = 65535
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # expect: TFG-NET-003
  }

  ingress {
    description = "icmp has no ports"
    from_port   = -1
    to_port     = -1
    protocol    = "icmp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_vpc_security_group_ingress_rule" "all" {
  security_group_id = aws_security_group.open.id
  description       = "all"
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0" # expect: TFG-NET-003
}

resource "aws_vpc_security_group_ingress_rule" "self" {
  security_group_id            = aws_security_group.open.id
  description                  = "from the same group"
  ip_protocol                  = "-1"
  referenced_security_group_id = aws_security_group.open.id
}
