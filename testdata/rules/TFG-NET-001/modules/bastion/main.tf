variable "cidrs" {
  type = list(string)
}

resource "aws_security_group" "bastion" {
  name        = "bastion"
  description = "bastion"

  dynamic "ingress" {
    for_each = { ssh = 22, https = 443 }
    content {
      description = ingress.key
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = var.cidrs # expect: TFG-NET-001
    }
  }
}
