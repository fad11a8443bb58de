variable "admin_range" {
  type = string
}

resource "aws_vpc" "main" {
  cidr_block = "10.20.0.0/16"
}

resource "aws_security_group" "admin" {
  name        = "admin"
  description = "Administration"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "SSH from every private network"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8", "10.20.0.0/16"] # expect: TFG-NET-020
  }

  ingress {
    description = "HTTPS from every private network"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }

  ingress {
    description = "SNMP from a /12 of the corporate network"
    from_port   = 161
    to_port     = 162
    protocol    = "udp"
    cidr_blocks = ["10.64.0.0/12"] # expect: TFG-NET-020
  }

  ingress {
    description = "Everything from the VPC"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = [aws_vpc.main.cidr_block]
  }

  ingress {
    description = "RDP from the internet, reported by the internet rules"
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0", "192.168.0.0/16"]
  }
}

resource "aws_security_group_rule" "all_from_private" {
  type              = "ingress"
  security_group_id = aws_security_group.admin.id
  description       = "Everything from 172.16.0.0/12"
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["172.16.0.0/12"] # expect: TFG-NET-020
}

resource "aws_vpc_security_group_ingress_rule" "postgres" {
  security_group_id = aws_security_group.admin.id
  description       = "PostgreSQL from 192.168.0.0/16"
  ip_protocol       = "tcp"
  from_port         = 5432
  to_port           = 5432
  cidr_ipv4         = "192.168.0.0/16" # expect: TFG-NET-020
}

resource "aws_vpc_security_group_ingress_rule" "mysql_subnet" {
  security_group_id = aws_security_group.admin.id
  description       = "MySQL from one subnet"
  ip_protocol       = "tcp"
  from_port         = 3306
  to_port           = 3306
  cidr_ipv4         = "192.168.10.0/24"
}

resource "aws_security_group_rule" "templated" {
  type              = "ingress"
  security_group_id = aws_security_group.admin.id
  description       = "SSH from a /24 of a variable base"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["${var.admin_range}/24"]
}

resource "aws_security_group_rule" "unknown" {
  type              = "ingress"
  security_group_id = aws_security_group.admin.id
  description       = "SSH from a range given at apply"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = [var.admin_range]
}

resource "aws_security_group_rule" "ula" {
  type              = "ingress"
  security_group_id = aws_security_group.admin.id
  description       = "SSH from a unique local IPv6 range"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  ipv6_cidr_blocks  = ["fd00::/8"]
}
