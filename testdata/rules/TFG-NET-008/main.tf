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

# Several default groups in one root, each with its own rules: every rule is reported on the
# group it attaches to (inline) or on the rule resource, and a group without rules passes.
resource "aws_default_security_group" "busy" {
  vpc_id = "vpc-3"

  ingress { # expect: TFG-NET-008
    protocol  = "tcp"
    self      = true
    from_port = 22
    to_port   = 22
  }

  egress { # expect: TFG-NET-008
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_vpc_security_group_ingress_rule" "into_busy" { # expect: TFG-NET-008
  security_group_id = aws_default_security_group.busy.id
  description       = "https from the VPC"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.0.0.0/16"
}

resource "aws_security_group_rule" "into_locked_too" { # expect: TFG-NET-008
  type              = "ingress"
  security_group_id = aws_default_security_group.locked.id
  description       = "added separately as well"
  from_port         = 80
  to_port           = 80
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
}

resource "aws_default_security_group" "empty" {
  vpc_id = "vpc-4"
}

# A rule of an ordinary group is not this rule's business.
resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = "vpc-3"
}

resource "aws_security_group_rule" "into_app" {
  type              = "ingress"
  security_group_id = aws_security_group.app.id
  description       = "https"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
}

# A VPC declared here keeps the default group AWS gives it (ingress from itself, all egress)
# unless an `aws_default_security_group` takes it over.
resource "aws_vpc" "bare" { # expect: TFG-NET-008
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc" "managed" {
  cidr_block = "10.2.0.0/16"
}

resource "aws_default_security_group" "of_managed" {
  vpc_id = aws_vpc.managed.id
}
