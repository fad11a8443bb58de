resource "aws_default_network_acl" "default" {
  default_network_acl_id = "acl-1"
  ingress {
    rule_no    = 100
    protocol   = -1
    action     = "allow"
    cidr_block = "0.0.0.0/0" # expect: TFG-NET-012
    from_port  = 0
    to_port    = 0
  }
}

resource "aws_network_acl_rule" "internal" {
  network_acl_id = "acl-2"
  rule_number    = 100
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = "10.0.0.0/16"
}
