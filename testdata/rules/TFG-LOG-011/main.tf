# Classic load balancers with access logs (enabled by default inside the block), off, missing
# and unknown.

variable "on" {
  type = bool
}

resource "aws_elb" "logged" {
  name               = "logged"
  availability_zones = ["eu-west-1a"]
  listener {
    instance_port     = 80
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }
  access_logs {
    bucket = "elb-logs"
  }
}

resource "aws_elb" "off" {
  name               = "off"
  availability_zones = ["eu-west-1a"]
  listener {
    instance_port     = 80
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }
  access_logs {
    bucket  = "elb-logs"
    enabled = false # expect: TFG-LOG-011
  }
}

resource "aws_elb" "none" { # expect: TFG-LOG-011
  name               = "none"
  availability_zones = ["eu-west-1a"]
  listener {
    instance_port     = 80
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }
}

resource "aws_elb" "unknown" {
  name               = "unknown"
  availability_zones = ["eu-west-1a"]
  listener {
    instance_port     = 80
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }
  access_logs {
    bucket  = "elb-logs"
    enabled = var.on
  }
}
