# Load balancers with access logs on, off, defaulted inside the block, missing; a gateway
# load balancer; an unknown type.

variable "type" {
  type = string
}

resource "aws_lb" "logged" {
  name = "logged"
  access_logs {
    bucket  = "lb-logs"
    enabled = true
  }
}

resource "aws_lb" "block_default" {
  name = "block-default"
  access_logs { # expect: TFG-LOG-010
    bucket = "lb-logs"
  }
}

resource "aws_lb" "off" {
  name               = "off"
  load_balancer_type = "network"
  access_logs {
    bucket  = "lb-logs"
    enabled = false # expect: TFG-LOG-010
  }
}

resource "aws_alb" "none" { # expect: TFG-LOG-010
  name = "none"
}

resource "aws_lb" "gateway" {
  name               = "gateway"
  load_balancer_type = "gateway"
}

resource "aws_lb" "unknown" {
  name               = "unknown"
  load_balancer_type = var.type
}
