# Cases of the rule: HTTPS not enforced (literal false, no domain_endpoint_options block),
# a block that relies on the provider default enforce_https = true, unknown values.

variable "unknown_input" {}

locals {
  https = false
}

resource "aws_elasticsearch_domain" "legacy" {
  count       = 2
  domain_name = "legacy-${count.index}"
  domain_endpoint_options {
    enforce_https       = local.https # expect: TFG-ENC-038
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}

# No block: the API default, HTTP allowed.
resource "aws_opensearch_domain" "bare" { # expect: TFG-ENC-038
  domain_name = "bare"
  encrypt_at_rest {
    enabled = true
  }
}

# enforce_https defaults to true inside the block; the TLS 1.0 policy is TFG-ENC-039's.
resource "aws_opensearch_domain" "https_by_default" {
  domain_name = "https-by-default"
  domain_endpoint_options {
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07"
  }
}

resource "aws_opensearch_domain" "https" {
  domain_name = "https"
  domain_endpoint_options {
    enforce_https = true
  }
}

resource "aws_opensearch_domain" "https_unknown" {
  domain_name = "https-unknown"
  domain_endpoint_options {
    enforce_https = var.unknown_input
  }
}

resource "aws_opensearch_domain" "options_unknown" {
  domain_name = "options-unknown"
  dynamic "domain_endpoint_options" {
    for_each = var.unknown_input
    content {
      enforce_https = domain_endpoint_options.value.https
    }
  }
}
