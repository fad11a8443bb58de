# Cases of the rule: HTTP listeners that serve content (literal, through a variable, a local,
# count, an unset protocol on an application load balancer, a redirect that keeps HTTP),
# listeners that redirect to HTTPS or answer with a fixed response, network and gateway
# listeners without a protocol, and unknown values.

variable "listener_protocol" {
  default = "HTTP"
}

variable "unknown_input" {}

locals {
  redirect_protocol = "HTTP"
  ports             = [80, 8080]
}

resource "aws_lb" "app" {
  name    = "app"
  subnets = ["subnet-1", "subnet-2"]
}

resource "aws_lb" "net" {
  name               = "net"
  load_balancer_type = "network"
  subnets            = ["subnet-1", "subnet-2"]
}

resource "aws_lb" "gwy" {
  name               = "gwy"
  load_balancer_type = "gateway"
  subnets            = ["subnet-1"]
}

resource "aws_lb" "unknown_type" {
  name               = "unknown-type"
  load_balancer_type = var.unknown_input
  subnets            = ["subnet-1"]
}

resource "aws_lb_listener" "front" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/front/1"
  port              = 80
  protocol          = "HTTP" # expect: TFG-ENC-025
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/app/1"
  }
}

resource "aws_alb_listener" "front_from_variable" {
  load_balancer_arn = aws_lb.app.arn
  port              = 80
  protocol          = var.listener_protocol # expect: TFG-ENC-025
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/app/1"
  }
}

resource "aws_lb_listener" "counted" {
  count             = length(local.ports)
  load_balancer_arn = aws_lb.app.arn
  port              = local.ports[count.index]
  protocol          = "http" # expect: TFG-ENC-025
  default_action {
    type = "redirect"
    redirect {
      protocol    = local.redirect_protocol
      port        = "8443"
      status_code = "HTTP_301"
    }
  }
}

# The protocol defaults to HTTP on an application load balancer.
resource "aws_lb_listener" "unset_on_app" { # expect: TFG-ENC-025
  load_balancer_arn = aws_lb.app.arn
  port              = 80
  default_action {
    type = "redirect"
    redirect {
      port        = "8080"
      status_code = "HTTP_302"
    }
  }
}

resource "aws_lb_listener" "front_good" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/front/1"
  port              = 80
  protocol          = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_lb_listener" "fixed" {
  load_balancer_arn = aws_lb.app.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "403"
    }
  }
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.app.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/1"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/app/1"
  }
}

resource "aws_lb_listener" "tcp" {
  load_balancer_arn = aws_lb.net.arn
  port              = 443
  protocol          = "TCP"
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/net/1"
  }
}

# Gateway load balancer listeners have neither protocol nor port.
resource "aws_lb_listener" "gateway" {
  load_balancer_arn = aws_lb.gwy.arn
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/gwy/1"
  }
}

resource "aws_lb_listener" "gateway_by_arn" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/gwy/fw/1"
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/gwy/1"
  }
}

resource "aws_lb_listener" "protocol_unknown" {
  load_balancer_arn = aws_lb.app.arn
  port              = 80
  protocol          = var.unknown_input
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/app/1"
  }
}

resource "aws_lb_listener" "redirect_unknown" {
  load_balancer_arn = aws_lb.app.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      protocol    = var.unknown_input
      status_code = "HTTP_301"
    }
  }
}

resource "aws_lb_listener" "actions_unknown" {
  load_balancer_arn = aws_lb.app.arn
  port              = 80
  protocol          = "HTTP"
  dynamic "default_action" {
    for_each = var.unknown_input
    content {
      type             = default_action.value.type
      target_group_arn = default_action.value.target_group_arn
    }
  }
}

resource "aws_lb_listener" "unset_on_unknown_type" {
  load_balancer_arn = aws_lb.unknown_type.arn
  port              = 80
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/app/1"
  }
}

resource "aws_lb_listener" "unset_on_unknown_lb" {
  load_balancer_arn = var.unknown_input
  port              = 80
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/app/1"
  }
}
