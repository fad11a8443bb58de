# Canned ACL, provider v3 and v4.
resource "aws_s3_bucket" "v3_canned" {
  bucket = "v3-canned"
  acl    = "public-read-write" # expect: TFG-S3-021
}

resource "aws_s3_bucket" "v4_canned" {
  bucket = "v4-canned"
}

resource "aws_s3_bucket_acl" "v4_canned" {
  bucket = aws_s3_bucket.v4_canned.id
  acl    = "public-read-write" # expect: TFG-S3-021
}

# public-read lets everyone list, not write: TFG-S3-002's concern, not this rule's.
resource "aws_s3_bucket" "read_only" {
  bucket = "read-only"
  acl    = "public-read"
}

# Grants: WRITE to a public group is write; WRITE_ACP and FULL_CONTROL are other rules'.
resource "aws_s3_bucket" "v3_grant" {
  bucket = "v3-grant"

  grant {
    type        = "Group"
    permissions = ["READ", "WRITE"] # expect: TFG-S3-021
    uri         = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"
  }
}

resource "aws_s3_bucket" "v4_grant" {
  bucket = "v4-grant"
}

resource "aws_s3_bucket_acl" "v4_grant" {
  bucket = aws_s3_bucket.v4_grant.id
  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"
      }
      permission = "WRITE" # expect: TFG-S3-021
    }
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"
      }
      permission = "FULL_CONTROL"
    }
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/s3/LogDelivery"
      }
      permission = "WRITE"
    }
    owner {
      id = "owner"
    }
  }
}

# Policies.
resource "aws_s3_bucket" "put" {
  bucket = "put"
}

resource "aws_s3_bucket_policy" "put" {
  bucket = aws_s3_bucket.put.id
  policy = jsonencode({ # expect: TFG-S3-021
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["s3:GetObject", "s3:Put*"]
      Resource  = "${aws_s3_bucket.put.arn}/*"
    }]
  })
}

# A condition that narrows who the caller is: not public.
resource "aws_s3_bucket" "one_address" {
  bucket = "one-address"
}

resource "aws_s3_bucket_policy" "one_address" {
  bucket = aws_s3_bucket.one_address.id
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:PutObject"
      Resource  = "${aws_s3_bucket.one_address.arn}/*"
      Condition = { IpAddress = { "aws:SourceIp" = "203.0.113.7/32" } }
    }]
  })
}

# Every S3 action is full control (TFG-S3-024), reported there once.
resource "aws_s3_bucket" "everything" {
  bucket = "everything"
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:*"
      Resource  = "arn:aws:s3:::everything/*"
    }]
  })
}

# The public access block voids what it covers: public ACLs (ignore_public_acls) and public
# policies (restrict_public_buckets).
resource "aws_s3_bucket" "blocked" {
  bucket = "blocked"
  acl    = "public-read-write"
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:PutObject"
      Resource  = "arn:aws:s3:::blocked/*"
    }]
  })
}

resource "aws_s3_bucket_public_access_block" "blocked" {
  bucket                  = aws_s3_bucket.blocked.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# A block that voids the ACLs but not the policy.
resource "aws_s3_bucket" "half_blocked" {
  bucket = "half-blocked"
  acl    = "public-read-write"
  policy = jsonencode({ # expect: TFG-S3-021
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:PutObject"
      Resource  = "arn:aws:s3:::half-blocked/*"
    }]
  })
}

resource "aws_s3_bucket_public_access_block" "half_blocked" {
  bucket             = aws_s3_bucket.half_blocked.id
  ignore_public_acls = true
}

# A block that may not be created (unknown count) is no evidence: undecided, no finding.
variable "block" {
  type = bool
}

resource "aws_s3_bucket" "maybe_blocked" {
  bucket = "maybe-blocked"
  acl    = "public-read-write"
}

resource "aws_s3_bucket_public_access_block" "maybe_blocked" {
  count              = var.block ? 1 : 0
  bucket             = aws_s3_bucket.maybe_blocked.id
  ignore_public_acls = true
}

# NotAction allows everything else, writes included.
resource "aws_s3_bucket" "not_action" {
  bucket = "not-action"
}

resource "aws_s3_bucket_policy" "not_action" {
  bucket = aws_s3_bucket.not_action.id
  policy = jsonencode({ # expect: TFG-S3-021
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      NotAction = "s3:DeleteBucket"
      Resource  = "arn:aws:s3:::not-action/*"
    }]
  })
}

# A Deny statement grants nothing.
resource "aws_s3_bucket" "deny" {
  bucket = "deny"
  policy = jsonencode({
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:PutObject"
      Resource  = "arn:aws:s3:::deny/*"
    }]
  })
}
