# The group descriptions are TFG-NET-019's; only the rules are judged here.
resource "aws_security_group" "none" {
  name = "none"

  ingress { # expect: TFG-NET-009
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_security_group" "default_text" {
  name        = "default-text"
  description = "Managed by Terraform"
}

resource "aws_security_group_rule" "bare" { # expect: TFG-NET-009
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
