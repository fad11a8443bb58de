resource "aws_lb" "app" {
  name    = "app"
  subnets = ["subnet-1", "subnet-2"]
}

# Target groups: plain HTTP to the targets is fine behind a listener that terminates TLS; one
# that only HTTP listeners (or none of this configuration) forward to carries clients' HTTP.
resource "aws_lb_target_group" "behind_https" {
  name     = "behind-https"
  port     = 80
  protocol = "HTTP"
  vpc_id   = "vpc-1"
}

resource "aws_lb_listener" "https_front" {
  load_balancer_arn = aws_lb.app.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/1"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.behind_https.arn
  }
}

resource "aws_alb_target_group" "behind_http" {
  name     = "behind-http"
  port     = 8080
  protocol = "HTTP" # expect: TFG-ENC-025
  vpc_id   = "vpc-1"
}

resource "aws_lb_listener" "http_front" {
  load_balancer_arn = aws_lb.app.arn
  port              = 8080
  protocol          = "HTTP" # expect: TFG-ENC-025
  default_action {
    type = "forward"
    forward {
      target_group {
        arn = aws_alb_target_group.behind_http.arn
      }
    }
  }
}

resource "aws_lb_target_group" "alone" {
  name     = "alone"
  port     = 80
  protocol = "HTTP" # expect: TFG-ENC-025
  vpc_id   = "vpc-1"
}

resource "aws_lb_target_group" "by_rule" {
  name     = "by-rule"
  port     = 80
  protocol = "HTTP"
  vpc_id   = "vpc-1"
}

resource "aws_lb_listener_rule" "to_by_rule" {
  listener_arn = aws_lb_listener.https_front.arn
  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.by_rule.arn
  }
  condition {
    path_pattern {
      values = ["/api/*"]
    }
  }
}

resource "aws_lb_target_group" "tls" {
  name     = "tls"
  port     = 443
  protocol = "HTTPS"
  vpc_id   = "vpc-1"
}
