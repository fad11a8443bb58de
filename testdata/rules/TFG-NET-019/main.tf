# Groups without a description or with the default one; rules without one are TFG-NET-009's.

resource "aws_security_group" "none" { # expect: TFG-NET-019
  name = "none"

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_security_group" "default_text" {
  name        = "default-text"
  description = "Managed by Terraform" # expect: TFG-NET-019
}

resource "aws_security_group_rule" "bare" {
  type              = "ingress"
  security_group_id = aws_security_group.none.id
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
}

resource "aws_security_group" "good" {
  name        = "good"
  description = "documented"

  ingress {
    description = "https from the lb"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

variable "unknown_input" {}

resource "aws_security_group" "unknown" {
  name        = "unknown"
  description = var.unknown_input
}
