resource "aws_network_acl_rule" "ssh" {
  network_acl_id = "acl-1"
  rule_number    = 100
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0" # expect: TFG-NET-011
  from_port      = 22
  to_port        = 22
}

resource "aws_network_acl_rule" "egress" {
  network_acl_id = "acl-1"
  rule_number    = 100
  egress         = true
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 22
  to_port        = 22
}

resource "aws_network_acl_rule" "deny" {
  network_acl_id = "acl-1"
  rule_number    = 90
  protocol       = "tcp"
  rule_action    = "deny"
  cidr_block     = "0.0.0.0/0"
  from_port      = 3389
  to_port        = 3389
}

resource "aws_network_acl" "inline" {
  vpc_id = "vpc-1"
  ingress {
    rule_no         = 200
    protocol        = "tcp"
    action          = "allow"
    ipv6_cidr_block = "::/0" # expect: TFG-NET-011
    from_port       = 3000
    to_port         = 4000
  }
  ingress {
    rule_no    = 300
    protocol   = "tcp"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 443
    to_port    = 443
  }
}
