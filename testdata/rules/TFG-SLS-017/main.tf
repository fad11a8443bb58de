# AppSync caches: unset, false, encrypted at rest, and unknown.

variable "unknown" {}

resource "aws_appsync_api_cache" "unset" { # expect: TFG-SLS-017
  api_id               = "abcdefghij"
  api_caching_behavior = "FULL_REQUEST_CACHING"
  type                 = "SMALL"
  ttl                  = 300
}

resource "aws_appsync_api_cache" "off" {
  api_id                     = "bcdefghijk"
  api_caching_behavior       = "FULL_REQUEST_CACHING"
  type                       = "SMALL"
  ttl                        = 300
  at_rest_encryption_enabled = false # expect: TFG-SLS-017
}

resource "aws_appsync_api_cache" "on" {
  api_id                     = "cdefghijkl"
  api_caching_behavior       = "FULL_REQUEST_CACHING"
  type                       = "SMALL"
  ttl                        = 300
  at_rest_encryption_enabled = true
}

resource "aws_appsync_api_cache" "unknown" {
  api_id                     = "defghijklm"
  api_caching_behavior       = "FULL_REQUEST_CACHING"
  type                       = "SMALL"
  ttl                        = 300
  at_rest_encryption_enabled = var.unknown
}
