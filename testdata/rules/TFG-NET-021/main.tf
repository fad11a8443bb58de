variable "office_ip" {
  type = string
}

variable "partner_range" {
  type = string
}

resource "aws_security_group" "app" {
  name        = "app"
  description = "Application"

  ingress {
    description = "SSH from the hosting provider's block"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["52.94.76.0/24", "52.94.77.10/32"] # expect: TFG-NET-021
  }

  ingress {
    description = "HTTPS from the partner"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["52.94.76.0/24"]
  }

  ingress {
    description = "Everything from a cloud region's /16"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["3.5.0.0/16"] # expect: TFG-NET-021
  }

  ingress {
    description = "Redis from a wide public block, an internet rule's finding"
    from_port   = 6379
    to_port     = 6379
    protocol    = "tcp"
    cidr_blocks = ["52.0.0.0/8", "52.94.76.0/24"]
  }

  ingress {
    description = "SSH from a private /26"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.68.0.0/26"]
  }
}

resource "aws_security_group_rule" "mysql" {
  type              = "ingress"
  security_group_id = aws_security_group.app.id
  description       = "MySQL from the office's /29"
  from_port         = 3306
  to_port           = 3306
  protocol          = "tcp"
  cidr_blocks       = ["198.51.99.8/29"] # expect: TFG-NET-021
}

resource "aws_vpc_security_group_ingress_rule" "rdp_office" {
  security_group_id = aws_security_group.app.id
  description       = "RDP from the office's two addresses"
  ip_protocol       = "tcp"
  from_port         = 3389
  to_port           = 3389
  cidr_ipv4         = "198.51.99.8/31"
}

resource "aws_vpc_security_group_ingress_rule" "rdp_variable" {
  security_group_id = aws_security_group.app.id
  description       = "RDP from the office address"
  ip_protocol       = "tcp"
  from_port         = 3389
  to_port           = 3389
  cidr_ipv4         = "${var.office_ip}/32"
}

resource "aws_vpc_security_group_ingress_rule" "rdp_partner" {
  security_group_id = aws_security_group.app.id
  description       = "RDP from the partner"
  ip_protocol       = "tcp"
  from_port         = 3389
  to_port           = 3389
  cidr_ipv4         = var.partner_range
}
