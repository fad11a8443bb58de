variable "name" {
  type = string
}

variable "admin_cidrs" {
  type = list(string)
}

variable "tags" {
  type    = map(string)
  default = {}
}

variable "ports" {
  type = map(object({
    port        = number
    description = optional(string, "managed by terraform")
  }))
  default = {
    https = { port = 443 }
    ssh   = { port = 22, description = "admin access" }
  }
}

resource "aws_security_group" "this" {
  name        = var.name
  description = "web tier"

  dynamic "ingress" {
    for_each = var.ports
    content {
      description = ingress.value.description
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = ingress.key == "ssh" ? var.admin_cidrs : ["0.0.0.0/0"]
    }
  }

  tags = var.tags
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 20
  encrypted         = false
  tags              = merge(var.tags, { Name = "${var.name}-data" })
}

output "security_group_id" {
  value = aws_security_group.this.id
}
