variable "ingress" {
  default = {
    web = { ports = [80, 443], cidrs = ["0.0.0.0/0"] }
    ssh = { ports = [22], cidrs = ["10.0.0.0/8", "192.168.0.0/16"] }
  }
}

resource "aws_security_group" "this" {
  name = "nested"

  dynamic "ingress" {
    for_each = var.ingress
    iterator = rule
    content {
      description = rule.key
      from_port   = rule.value.ports[0]
      to_port     = rule.value.ports[length(rule.value.ports) - 1]
      cidr_blocks = rule.value.cidrs
    }
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_lb_listener" "this" {
  port = 443
  dynamic "default_action" {
    for_each = ["forward"]
    content {
      type = default_action.value
      dynamic "forward" {
        for_each = { blue = 1, green = 3 }
        iterator = tg
        content {
          target_group {
            arn    = "arn:${tg.key}"
            weight = tg.value * 10
          }
        }
      }
    }
  }
}

data "aws_vpc" "selected" {}

resource "aws_security_group" "unknown_rules" {
  dynamic "ingress" {
    for_each = data.aws_vpc.selected.cidr_block_associations
    content {
      cidr_blocks = [ingress.value.cidr_block]
      from_port   = 22
    }
  }
}
