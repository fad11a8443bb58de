variable "key_arn" {
  type = string
}

resource "aws_s3_bucket" "none" { # expect: TFG-S3-013
  bucket = "none"
}

resource "aws_s3_bucket" "sse_s3" {
  bucket = "sse-s3"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "sse_s3" {
  bucket = aws_s3_bucket.sse_s3.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256" # expect: TFG-S3-013
    }
  }
}

resource "aws_s3_bucket" "aws_key" {
  bucket = "aws-key"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default { # expect: TFG-S3-013
        sse_algorithm = "aws:kms"
      }
    }
  }
}

resource "aws_kms_key" "cmk" {
  description = "bucket key"
}

resource "aws_s3_bucket" "cmk" {
  bucket = "cmk"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "cmk" {
  bucket = aws_s3_bucket.cmk.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.cmk.arn
    }
  }
}

resource "aws_s3_bucket" "var_key" {
  bucket = "var-key"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "var_key" {
  bucket = aws_s3_bucket.var_key.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = var.key_arn
    }
  }
}

# The AWS managed key spelled out is not a customer managed key.
resource "aws_s3_bucket" "managed_alias" {
  bucket = "managed-alias"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "managed_alias" {
  bucket = aws_s3_bucket.managed_alias.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "alias/aws/s3" # expect: TFG-S3-013
    }
  }
}

# Buckets that receive server access logs or load balancer logs can only use SSE-S3: log
# delivery does not support KMS keys there.
resource "aws_s3_bucket" "access_logs" {
  bucket = "access-logs"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "access_logs" {
  bucket = aws_s3_bucket.access_logs.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_logging" "none_to_access_logs" {
  bucket        = aws_s3_bucket.none.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "none/"
}

resource "aws_s3_bucket" "lb_logs" {
  bucket = "lb-logs"
}

resource "aws_lb" "front" {
  name    = "front"
  subnets = ["subnet-1", "subnet-2"]
  access_logs {
    bucket  = aws_s3_bucket.lb_logs.bucket
    enabled = true
  }
}
