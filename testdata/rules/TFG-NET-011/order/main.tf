# Network ACL entries are evaluated in rule-number order, inline `ingress` blocks and
# `aws_network_acl_rule`s of the same ACL together: the first matching entry decides.

# A lower-numbered deny of SSH wins over a later allow of every port; RDP stays open, and an
# allow of every port opens SSH and RDP as much as one of port 22.
resource "aws_network_acl" "deny_ssh_first" {
  vpc_id = "vpc-1"
  ingress {
    rule_no    = 100
    protocol   = "tcp"
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 22
    to_port    = 22
  }
  ingress {
    rule_no    = 200
    protocol   = "-1"
    action     = "allow"
    cidr_block = "0.0.0.0/0" # expect: TFG-NET-011, TFG-NET-012
    from_port  = 0
    to_port    = 0
  }
}

# Denies written as separate rules of the same ACL close both ports before the allow.
resource "aws_network_acl" "denied_by_rules" {
  vpc_id = "vpc-1"
  ingress {
    rule_no    = 300
    protocol   = "-1"
    action     = "allow"
    cidr_block = "0.0.0.0/0" # expect: TFG-NET-012
    from_port  = 0
    to_port    = 0
  }
}

resource "aws_network_acl_rule" "no_ssh" {
  network_acl_id = aws_network_acl.denied_by_rules.id
  rule_number    = 100
  protocol       = "tcp"
  rule_action    = "deny"
  cidr_block     = "0.0.0.0/0"
  from_port      = 22
  to_port        = 22
}

resource "aws_network_acl_rule" "no_rdp" {
  network_acl_id = aws_network_acl.denied_by_rules.id
  rule_number    = 110
  protocol       = "tcp"
  rule_action    = "deny"
  cidr_block     = "0.0.0.0/0"
  from_port      = 3000
  to_port        = 4000
}

# A deny numbered after the allow comes too late; a deny of a narrower range leaves the rest
# of the internet in.
resource "aws_network_acl" "deny_too_late" {
  vpc_id = "vpc-1"
  ingress {
    rule_no    = 100
    protocol   = "tcp"
    action     = "allow"
    cidr_block = "0.0.0.0/0" # expect: TFG-NET-011
    from_port  = 22
    to_port    = 22
  }
  ingress {
    rule_no    = 200
    protocol   = "tcp"
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 22
    to_port    = 22
  }
  ingress {
    rule_no    = 50
    protocol   = "tcp"
    action     = "deny"
    cidr_block = "52.0.0.0/8"
    from_port  = 3389
    to_port    = 3389
  }
  ingress {
    rule_no    = 60
    protocol   = "tcp"
    action     = "allow"
    cidr_block = "0.0.0.0/0" # expect: TFG-NET-011
    from_port  = 3389
    to_port    = 3389
  }
}

# Rules of the same literal ACL id are one ACL; a deny of everything first closes it all.
resource "aws_network_acl_rule" "deny_all" {
  network_acl_id = "acl-7"
  rule_number    = 10
  protocol       = "-1"
  rule_action    = "deny"
  cidr_block     = "0.0.0.0/0"
  from_port      = 0
  to_port        = 0
}

resource "aws_network_acl_rule" "allow_all_after" {
  network_acl_id = "acl-7"
  rule_number    = 20
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 0
  to_port        = 0
}
