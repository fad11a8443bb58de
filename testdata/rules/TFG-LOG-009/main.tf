# Distributions with standard logging, with standard logging v2 (a delivery source and a
# delivery), with a source but no delivery, disabled, and without logging.

resource "aws_cloudfront_distribution" "logged" {
  enabled = true
  logging_config {
    bucket = "logs.s3.amazonaws.com"
  }
}

resource "aws_cloudfront_distribution" "v2" {
  enabled = true
}

resource "aws_cloudwatch_log_delivery_source" "v2" {
  name         = "v2-access"
  log_type     = "ACCESS_LOGS"
  resource_arn = aws_cloudfront_distribution.v2.arn
}

resource "aws_cloudwatch_log_delivery" "v2" {
  delivery_source_name     = aws_cloudwatch_log_delivery_source.v2.name
  delivery_destination_arn = "arn:aws:logs:us-east-1:123456789012:delivery-destination:s3"
}

resource "aws_cloudfront_distribution" "undelivered" { # expect: TFG-LOG-009
  enabled = true
}

resource "aws_cloudwatch_log_delivery_source" "undelivered" {
  name         = "undelivered-access"
  log_type     = "ACCESS_LOGS"
  resource_arn = aws_cloudfront_distribution.undelivered.arn
}

resource "aws_cloudfront_distribution" "off" {
  enabled = false
}

resource "aws_cloudfront_distribution" "silent" { # expect: TFG-LOG-009
  enabled = true
}

variable "log_buckets" {
  type = list(string)
}

# A logging block from a dynamic block whose for_each is unknown may not exist: undecided.
resource "aws_cloudfront_distribution" "maybe" {
  enabled = true
  dynamic "logging_config" {
    for_each = var.log_buckets
    content {
      bucket = logging_config.value
    }
  }
}
