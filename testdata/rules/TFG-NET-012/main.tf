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

# Entries are evaluated in rule-number order: an allow of everything after a deny of
# everything from the same range lets nothing through.
resource "aws_network_acl" "closed_first" {
  vpc_id = "vpc-1"
  ingress {
    rule_no    = 100
    protocol   = "-1"
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
  ingress {
    rule_no    = 200
    protocol   = "-1"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}
