# Cases of the rule: application load balancers that keep invalid headers (unset, literal,
# through a variable, count), good ones, network and gateway load balancers, and unknown
# values.

variable "drop_headers" {
  default = false
}

variable "unknown_input" {}

resource "aws_lb" "front" { # expect: TFG-ENC-028
  name    = "front"
  subnets = ["subnet-1", "subnet-2"]
}

resource "aws_alb" "explicit" {
  name                       = "explicit"
  load_balancer_type         = "application"
  subnets                    = ["subnet-1", "subnet-2"]
  drop_invalid_header_fields = false # expect: TFG-ENC-028
}

resource "aws_lb" "from_variable" {
  count                      = 2
  name                       = "from-variable-${count.index}"
  subnets                    = ["subnet-1", "subnet-2"]
  drop_invalid_header_fields = var.drop_headers # expect: TFG-ENC-028
}

resource "aws_lb" "front_good" {
  name                       = "front"
  subnets                    = ["subnet-1", "subnet-2"]
  drop_invalid_header_fields = true
}

resource "aws_lb" "network" {
  name               = "network"
  load_balancer_type = "network"
  subnets            = ["subnet-1", "subnet-2"]
}

resource "aws_lb" "front_unknown" {
  name                       = "front"
  subnets                    = ["subnet-1", "subnet-2"]
  drop_invalid_header_fields = var.unknown_input
}

resource "aws_lb" "type_unknown" {
  name               = "type-unknown"
  load_balancer_type = var.unknown_input
  subnets            = ["subnet-1", "subnet-2"]
}
