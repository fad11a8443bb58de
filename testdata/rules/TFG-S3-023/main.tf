resource "aws_s3_bucket" "v3" {
  bucket = "v3"

  grant {
    type        = "Group"
    permissions = ["READ_ACP", "WRITE_ACP"] # expect: TFG-S3-023
    uri         = "http://acs.amazonaws.com/groups/global/AllUsers"
  }
}

resource "aws_s3_bucket" "v4" {
  bucket = "v4"
}

resource "aws_s3_bucket_acl" "v4" {
  bucket = aws_s3_bucket.v4.id
  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"
      }
      permission = "WRITE_ACP" # expect: TFG-S3-023
    }
    # Not public: the log delivery group and the owner.
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/s3/LogDelivery"
      }
      permission = "WRITE_ACP"
    }
    grant {
      grantee {
        type = "CanonicalUser"
        id   = "owner"
      }
      permission = "WRITE_ACP"
    }
    owner {
      id = "owner"
    }
  }
}

resource "aws_s3_bucket" "policy" {
  bucket = "policy"
  policy = jsonencode({ # expect: TFG-S3-023
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = ["s3:GetObject", "s3:PutBucketPolicy"]
      Resource  = ["arn:aws:s3:::policy", "arn:aws:s3:::policy/*"]
    }]
  })
}

# `s3:Put*` is both write (TFG-S3-021) and permission change.
resource "aws_s3_bucket" "put_all" {
  bucket = "put-all"
  policy = jsonencode({ # expect: TFG-S3-023
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:Put*"
      Resource  = ["arn:aws:s3:::put-all", "arn:aws:s3:::put-all/*"]
    }]
  })
}

# FULL_CONTROL is full control (TFG-S3-024).
resource "aws_s3_bucket" "full" {
  bucket = "full"

  grant {
    type        = "Group"
    permissions = ["FULL_CONTROL"]
    uri         = "http://acs.amazonaws.com/groups/global/AllUsers"
  }
}

# Ignored public ACLs.
resource "aws_s3_bucket" "ignored" {
  bucket = "ignored"

  grant {
    type        = "Group"
    permissions = ["WRITE_ACP"]
    uri         = "http://acs.amazonaws.com/groups/global/AllUsers"
  }
}

resource "aws_s3_bucket_public_access_block" "ignored" {
  bucket             = aws_s3_bucket.ignored.id
  ignore_public_acls = true
}
