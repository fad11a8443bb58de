variable "admin_cidrs" {
  type    = list(string)
  default = ["0.0.0.0/0"]
}

variable "unknown_cidr" {
  type = string
}

# Inline rule through a variable.
resource "aws_security_group" "inline" {
  name        = "inline"
  description = "inline rules"

  ingress {
    description = "ssh"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = var.admin_cidrs # expect: TFG-NET-001
  }

  ingress {
    description = "ssh from the VPN is fine"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

# A port range that includes 22, IPv6.
resource "aws_security_group_rule" "range" {
  type              = "ingress"
  security_group_id = aws_security_group.inline.id
  description       = "range"
  from_port         = 20
  to_port           = 30
  protocol          = "tcp"
  ipv6_cidr_blocks  = ["::/0"] # expect: TFG-NET-001, TFG-NET-005
}

# New-style rule, with for_each.
resource "aws_vpc_security_group_ingress_rule" "each" {
  for_each          = toset(["0.0.0.0/0", "192.168.0.0/16"])
  security_group_id = aws_security_group.inline.id
  description       = "ssh ${each.key}"
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = each.value # expect: TFG-NET-001
}

# A wide public range is the internet too.
resource "aws_security_group_rule" "wide" {
  type              = "ingress"
  security_group_id = aws_security_group.inline.id
  description       = "wide"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["52.0.0.0/8"] # expect: TFG-NET-001
}

# Unknown before apply: not a finding (counted as undecided).
resource "aws_security_group_rule" "unknown" {
  type              = "ingress"
  security_group_id = aws_security_group.inline.id
  description       = "unknown"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = [var.unknown_cidr]
}

# Egress is not ingress.
resource "aws_security_group_rule" "egress" {
  type              = "egress"
  security_group_id = aws_security_group.inline.id
  description       = "egress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}

# All ports: reported by TFG-NET-003, not here.
resource "aws_security_group_rule" "all" {
  type              = "ingress"
  security_group_id = aws_security_group.inline.id
  description       = "all"
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["0.0.0.0/0"]
}

module "bastion" {
  source = "./modules/bastion"
  count  = 2
  cidrs  = ["0.0.0.0/0"]
}
