resource "aws_s3_bucket" "v3_canned" {
  bucket = "v3-canned"
  acl    = "authenticated-read" # expect: TFG-S3-025
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
      permission = "READ_ACP" # expect: TFG-S3-025
    }
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"
      }
      permission = "READ"
    }
    owner {
      id = "owner"
    }
  }
}

resource "aws_s3_bucket" "v3_grant" {
  bucket = "v3-grant"

  grant {
    type        = "Group"
    permissions = ["READ"] # expect: TFG-S3-025
    uri         = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"
  }
}

# Everyone, not only authenticated users: TFG-S3-002.
resource "aws_s3_bucket" "public_read" {
  bucket = "public-read"
  acl    = "public-read"
}

# Ignored public ACLs.
resource "aws_s3_bucket" "ignored" {
  bucket = "ignored"
  acl    = "authenticated-read"
}

resource "aws_s3_bucket_public_access_block" "ignored" {
  bucket             = aws_s3_bucket.ignored.id
  ignore_public_acls = true
}
