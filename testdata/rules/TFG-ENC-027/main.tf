# Cases of the rule: plain listeners on internet-facing classic load balancers (literal,
# through a variable, a dynamic block over a local, TCP off 443), weak SSL negotiation
# policies, internal load balancers, TLS listeners and TCP pass-through on 443, and unknown
# values.

variable "bad_setting" {
  default = "http"
}

variable "unknown_input" {}

locals {
  listeners = [
    { port = 443, protocol = "https" },
    { port = 25, protocol = "tcp" },
  ]
}

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
  internal           = false
  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = var.bad_setting # expect: TFG-ENC-027
  }
}

resource "aws_elb" "mixed" {
  name               = "mixed"
  availability_zones = ["eu-west-1a"]
  dynamic "listener" {
    for_each = local.listeners
    content {
      instance_port      = listener.value.port
      instance_protocol  = "tcp"
      lb_port            = listener.value.port
      lb_protocol        = listener.value.protocol # expect: TFG-ENC-027
      ssl_certificate_id = listener.value.protocol == "https" ? "arn:aws:acm:eu-west-1:123456789012:certificate/1" : null
    }
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

# TCP on 443 passes TLS through to the instances.
resource "aws_elb" "passthrough" {
  name               = "passthrough"
  availability_zones = ["eu-west-1a"]
  listener {
    instance_port     = 443
    instance_protocol = "tcp"
    lb_port           = 443
    lb_protocol       = "tcp"
  }
}

resource "aws_elb" "internal" {
  name               = "internal"
  availability_zones = ["eu-west-1a"]
  internal           = true
  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
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

resource "aws_elb" "internal_unknown" {
  name               = "maybe-internal"
  availability_zones = ["eu-west-1a"]
  internal           = var.unknown_input
  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }
}

resource "aws_load_balancer_policy" "old_reference" {
  load_balancer_name = aws_elb.legacy_good.name
  policy_name        = "old-reference"
  policy_type_name   = "SSLNegotiationPolicyType"
  policy_attribute { # expect: TFG-ENC-027
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-2016-08"
  }
}

resource "aws_load_balancer_policy" "custom" {
  load_balancer_name = aws_elb.legacy_good.name
  policy_name        = "custom"
  policy_type_name   = "SSLNegotiationPolicyType"
  policy_attribute {
    name  = "Protocol-TLSv1.2"
    value = "true"
  }
  policy_attribute { # expect: TFG-ENC-027
    name  = "Protocol-TLSv1"
    value = "true"
  }
  policy_attribute { # expect: TFG-ENC-027
    name  = "DES-CBC3-SHA"
    value = "true"
  }
  policy_attribute {
    name  = "ECDHE-RSA-AES128-GCM-SHA256"
    value = "true"
  }
  policy_attribute {
    name  = "Server-Defined-Cipher-Order"
    value = "true"
  }
}

resource "aws_load_balancer_policy" "tls12" {
  load_balancer_name = aws_elb.legacy_good.name
  policy_name        = "tls12"
  policy_type_name   = "SSLNegotiationPolicyType"
  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}

resource "aws_load_balancer_policy" "proxy_protocol" {
  load_balancer_name = aws_elb.legacy_good.name
  policy_name        = "proxy"
  policy_type_name   = "ProxyProtocolPolicyType"
  policy_attribute {
    name  = "ProxyProtocol"
    value = "true"
  }
}

resource "aws_load_balancer_policy" "reference_unknown" {
  load_balancer_name = aws_elb.legacy_good.name
  policy_name        = "reference-unknown"
  policy_type_name   = "SSLNegotiationPolicyType"
  policy_attribute {
    name  = "Reference-Security-Policy"
    value = var.unknown_input
  }
}
