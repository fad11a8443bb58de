# Custom domains: v1 without a policy (TLS 1.0 default), TLS 1.0, TLS 1.2, an enhanced TLS 1.3
# policy, a v2 domain with TLS 1.2, and unknown values.

variable "policy" {}

resource "aws_api_gateway_domain_name" "unset" { # expect: TFG-SLS-016
  domain_name              = "a.example.com"
  regional_certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/abc"
}

resource "aws_api_gateway_domain_name" "old" {
  domain_name              = "b.example.com"
  regional_certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/abc"
  security_policy          = "TLS_1_0" # expect: TFG-SLS-016
}

resource "aws_api_gateway_domain_name" "modern" {
  for_each                 = toset(["TLS_1_2", "SecurityPolicy_TLS13_1_3_2025_09", "SecurityPolicy_TLS12_PFS_2025_EDGE"])
  domain_name              = "${lower(each.key)}.example.com"
  regional_certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/abc"
  security_policy          = each.value
}

resource "aws_api_gateway_domain_name" "unknown" {
  domain_name              = "c.example.com"
  regional_certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/abc"
  security_policy          = var.policy
}

resource "aws_apigatewayv2_domain_name" "v2_old" {
  domain_name = "d.example.com"

  domain_name_configuration {
    certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/abc"
    endpoint_type   = "REGIONAL"
    security_policy = "TLS_1_0" # expect: TFG-SLS-016
  }
}

resource "aws_apigatewayv2_domain_name" "v2" {
  domain_name = "e.example.com"

  domain_name_configuration {
    certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/abc"
    endpoint_type   = "REGIONAL"
    security_policy = "TLS_1_2"
  }
}
