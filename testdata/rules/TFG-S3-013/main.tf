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

# Buckets that admit log delivery themselves (the logged buckets live elsewhere): the
# log-delivery-write ACL, a WRITE grant to the LogDelivery group, a policy for the S3
# logging service. SSE-S3 is all log delivery supports there.
resource "aws_s3_bucket" "admits_by_acl" {
  bucket = "admits-by-acl"
  acl    = "log-delivery-write"
}

resource "aws_s3_bucket" "admits_by_grant" {
  bucket = "admits-by-grant"
}

resource "aws_s3_bucket_acl" "admits_by_grant" {
  bucket = aws_s3_bucket.admits_by_grant.id
  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/s3/LogDelivery"
      }
      permission = "WRITE"
    }
    owner {
      id = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
    }
  }
}

resource "aws_s3_bucket" "admits_by_policy" {
  bucket = "admits-by-policy"
}

resource "aws_s3_bucket_policy" "admits_by_policy" {
  bucket = aws_s3_bucket.admits_by_policy.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "ServerAccessLogs"
      Effect    = "Allow"
      Principal = { Service = "logging.s3.amazonaws.com" }
      Action    = "s3:PutObject"
      Resource  = "arn:aws:s3:::admits-by-policy/*"
    }]
  })
}

# Reading, not writing: the LogDelivery group with READ does not make a log bucket.
resource "aws_s3_bucket" "log_group_reads" { # expect: TFG-S3-013
  bucket = "log-group-reads"
}

resource "aws_s3_bucket_acl" "log_group_reads" {
  bucket = aws_s3_bucket.log_group_reads.id
  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/s3/LogDelivery"
      }
      permission = "READ"
    }
    owner {
      id = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
    }
  }
}
