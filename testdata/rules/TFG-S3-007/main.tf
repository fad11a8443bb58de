resource "aws_s3_bucket" "v3" {
  bucket = "v3-grants"

  grant {
    type        = "Group"
    permissions = ["READ_ACP", "WRITE"]
    uri         = "http://acs.amazonaws.com/groups/global/AllUsers" # expect: TFG-S3-007
  }
}

resource "aws_s3_bucket" "v4" {
  bucket = "v4-grants"
}

resource "aws_s3_bucket_acl" "v4" {
  bucket = aws_s3_bucket.v4.id
  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers" # expect: TFG-S3-007
      }
      permission = "WRITE_ACP"
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
