resource "aws_lb" "public" { # expect: TFG-NET-018
  name    = "public"
  subnets = ["subnet-1"]
}

resource "aws_elb" "classic" {
  name     = "classic"
  internal = false # expect: TFG-NET-018
  listener {
    instance_port     = 80
    instance_protocol = "http"
    lb_port           = 443
    lb_protocol       = "https"
  }
}

resource "aws_lb" "internal" {
  name     = "internal"
  internal = true
  subnets  = ["subnet-1"]
}

# A gateway load balancer takes traffic from route tables through its endpoints; it has no
# internet-facing scheme.
resource "aws_lb" "inspection" {
  name               = "inspection"
  load_balancer_type = "gateway"
  subnets            = ["subnet-1"]
}
