resource "aws_security_group" "app" {
  name        = "app"
  description = "app"

  egress {
    description = "everything"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"] # expect: TFG-NET-007
  }
}

resource "aws_vpc_security_group_egress_rule" "v6" {
  security_group_id = aws_security_group.app.id
  description       = "everything v6"
  ip_protocol       = "-1"
  cidr_ipv6         = "::/0" # expect: TFG-NET-007
}

resource "aws_vpc_security_group_egress_rule" "https" {
  security_group_id = aws_security_group.app.id
  description       = "https only"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}
