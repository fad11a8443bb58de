# Cases of the rule: a literal bad value, the same through a variable, a good case and an unknown one.

variable "bad_setting" {
  default = "http"
}

variable "unknown_input" {}

resource "aws_elb" "legacy" {
  name               = "legacy"
  availability_zones = ["eu-west-1a"]
  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http" # expect: TFG-ENC-027
  }
}

resource "aws_elb" "legacy_from_variable" {
  name               = "legacy"
  availability_zones = ["eu-west-1a"]
  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = var.bad_setting # expect: TFG-ENC-027
  }
}

resource "aws_elb" "legacy_good" {
  name               = "legacy"
  availability_zones = ["eu-west-1a"]
  listener {
    instance_port      = 8080
    instance_protocol  = "http"
    lb_port            = 443
    lb_protocol        = "https"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:123456789012:certificate/1"
  }
}

resource "aws_elb" "legacy_unknown" {
  name               = "legacy"
  availability_zones = ["eu-west-1a"]
  listener {
    instance_port      = 8080
    instance_protocol  = "http"
    lb_port            = 443
    lb_protocol        = var.unknown_input
    ssl_certificate_id = "arn:aws:acm:eu-west-1:123456789012:certificate/1"
  }
}
