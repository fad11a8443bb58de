resource "aws_default_security_group" "default" {
  vpc_id = "vpc-1"

  ingress { # expect: TFG-NET-008
    protocol  = "-1"
    self      = true
    from_port = 0
    to_port   = 0
  }
}

resource "aws_default_security_group" "locked" {
  vpc_id = "vpc-2"
}

resource "aws_security_group_rule" "into_default" { # expect: TFG-NET-008
  type              = "egress"
  security_group_id = aws_default_security_group.locked.id
  description       = "added separately"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
}
