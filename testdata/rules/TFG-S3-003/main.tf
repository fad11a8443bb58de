variable "strict" {
  type    = bool
  default = false
}

variable "unknown_flag" {
  type = bool
}

resource "aws_s3_bucket_public_access_block" "off" {
  bucket                  = "off"
  block_public_acls       = var.strict # expect: TFG-S3-003
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_public_access_block" "unset" { # expect: TFG-S3-003
  bucket                  = "unset"
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_public_access_block" "unknown" {
  bucket                  = "unknown"
  block_public_acls       = var.unknown_flag
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_account_public_access_block" "account" {
  block_public_acls       = "false" # expect: TFG-S3-003
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
