variable "validate" {
  type    = bool
  default = false
}

resource "aws_cloudtrail" "main" {
  name                  = "main"
  s3_bucket_name        = "audit-logs"
  is_multi_region_trail = true
}

# Set through a variable: only a suggestion, the value is changed where it comes from.
resource "aws_cloudtrail" "from_variable" {
  name                       = "from-variable"
  s3_bucket_name             = "audit-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = var.validate
}
