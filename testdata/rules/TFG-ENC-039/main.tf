# Cases of the rule: a TLS 1.0 policy (literal, through a local, unset), the TLS 1.2
# policies, unknown values.

variable "unknown_input" {}

locals {
  old_tls = "Policy-Min-TLS-1-0-2019-07"
}

resource "aws_elasticsearch_domain" "legacy" {
  count       = 2
  domain_name = "legacy-${count.index}"
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = local.old_tls # expect: TFG-ENC-039
  }
}

# No block: the API default policy accepts TLS 1.0.
resource "aws_opensearch_domain" "bare" { # expect: TFG-ENC-039
  domain_name = "bare"
}

# HTTP allowed is TFG-ENC-038's concern; the policy itself is current.
resource "aws_opensearch_domain" "tls12_http" {
  domain_name = "tls12-http"
  domain_endpoint_options {
    enforce_https       = false
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}

resource "aws_opensearch_domain" "pfs" {
  domain_name = "pfs"
  domain_endpoint_options {
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
  }
}

resource "aws_opensearch_domain" "tls_unknown" {
  domain_name = "tls-unknown"
  domain_endpoint_options {
    tls_security_policy = var.unknown_input
  }
}
