# Cases of the rule: old minimum versions (literal, through a variable, for_each over a local,
# unset), the default certificate, TLS 1.2 (every TLSv1.2_* policy) and 1.3 policies, and
# unknown values.

variable "bad_setting" {
  default = "TLSv1"
}

variable "unknown_input" {}

locals {
  policies = {
    old    = "TLSv1.1_2016"
    modern = "TLSv1.3_2025"
  }
}

resource "aws_cloudfront_distribution" "site" {
  enabled = true
  origin {
    domain_name = "site.example.com"
    origin_id   = "site"
  }
  default_cache_behavior {
    target_origin_id       = "site"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "redirect-to-https"
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:123456789012:certificate/1"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1" # expect: TFG-ENC-030
  }
}

resource "aws_cloudfront_distribution" "site_from_variable" {
  enabled = true
  origin {
    domain_name = "site.example.com"
    origin_id   = "site"
  }
  default_cache_behavior {
    target_origin_id       = "site"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "redirect-to-https"
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:123456789012:certificate/1"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = var.bad_setting # expect: TFG-ENC-030
  }
}

resource "aws_cloudfront_distribution" "per_policy" {
  for_each = local.policies
  enabled  = true
  origin {
    domain_name = "site.example.com"
    origin_id   = "site"
  }
  default_cache_behavior {
    target_origin_id       = "site"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "redirect-to-https"
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:123456789012:certificate/1"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = each.value # expect: TFG-ENC-030
  }
}

resource "aws_cloudfront_distribution" "unset" {
  enabled = true
  origin {
    domain_name = "site.example.com"
    origin_id   = "site"
  }
  default_cache_behavior {
    target_origin_id       = "site"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "redirect-to-https"
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate { # expect: TFG-ENC-030
    acm_certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/1"
    ssl_support_method  = "sni-only"
  }
}

resource "aws_cloudfront_distribution" "default_certificate" {
  enabled = true
  origin {
    domain_name = "site.example.com"
    origin_id   = "site"
  }
  default_cache_behavior {
    target_origin_id       = "site"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "redirect-to-https"
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    cloudfront_default_certificate = true # expect: TFG-ENC-030
  }
}

resource "aws_cloudfront_distribution" "site_good" {
  enabled = true
  origin {
    domain_name = "site.example.com"
    origin_id   = "site"
  }
  default_cache_behavior {
    target_origin_id       = "site"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "redirect-to-https"
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:123456789012:certificate/1"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}

resource "aws_cloudfront_distribution" "site_unknown" {
  enabled = true
  origin {
    domain_name = "site.example.com"
    origin_id   = "site"
  }
  default_cache_behavior {
    target_origin_id       = "site"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "redirect-to-https"
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:123456789012:certificate/1"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = var.unknown_input
  }
}

resource "aws_cloudfront_distribution" "default_certificate_unknown" {
  enabled = true
  origin {
    domain_name = "site.example.com"
    origin_id   = "site"
  }
  default_cache_behavior {
    target_origin_id       = "site"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "redirect-to-https"
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    cloudfront_default_certificate = var.unknown_input
    minimum_protocol_version       = "TLSv1.2_2021"
  }
}

# TLSv1.2_2018 accepts TLS 1.2 and newer only: nothing older than 1.2.
resource "aws_cloudfront_distribution" "tls12_2018" {
  enabled = true
  origin {
    domain_name = "site.example.com"
    origin_id   = "site"
  }
  default_cache_behavior {
    target_origin_id       = "site"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "redirect-to-https"
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:123456789012:certificate/1"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2018"
  }
}
