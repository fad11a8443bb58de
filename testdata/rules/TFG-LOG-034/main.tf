# Public certificates with logging disabled, enabled, by default; a private certificate and
# an imported one; unknown.

variable "preference" {
  type = string
}

resource "aws_acm_certificate" "disabled" {
  domain_name       = "a.example.com"
  validation_method = "DNS"
  options {
    certificate_transparency_logging_preference = "DISABLED" # expect: TFG-LOG-034
  }
}

resource "aws_acm_certificate" "enabled" {
  domain_name       = "b.example.com"
  validation_method = "DNS"
  options {
    certificate_transparency_logging_preference = "ENABLED"
  }
}

resource "aws_acm_certificate" "default" {
  domain_name       = "c.example.com"
  validation_method = "DNS"
}

resource "aws_acm_certificate" "private" {
  domain_name               = "internal.example.com"
  certificate_authority_arn = "arn:aws:acm-pca:eu-west-1:123456789012:certificate-authority/abc"
  options {
    certificate_transparency_logging_preference = "DISABLED"
  }
}

resource "aws_acm_certificate" "unknown" {
  domain_name       = "d.example.com"
  validation_method = "DNS"
  options {
    certificate_transparency_logging_preference = var.preference
  }
}
