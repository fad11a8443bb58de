resource "aws_security_group" "win" {
  name        = "win"
  description = "windows"

  ingress {
    description = "rdp"
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0", "10.0.0.0/8"] # expect: TFG-NET-002
  }
}

resource "aws_vpc_security_group_ingress_rule" "rdp6" {
  security_group_id = aws_security_group.win.id
  description       = "rdp over ipv6"
  ip_protocol       = "tcp"
  from_port         = 3389
  to_port           = 3389
  cidr_ipv6         = "::/0" # expect: TFG-NET-002
}

resource "aws_vpc_security_group_ingress_rule" "private" {
  security_group_id = aws_security_group.win.id
  description       = "rdp inside"
  ip_protocol       = "tcp"
  from_port         = 3389
  to_port           = 3389
  cidr_ipv4         = "172.16.0.0/12"
}
