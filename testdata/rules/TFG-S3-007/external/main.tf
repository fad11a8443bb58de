# An ACL resource of a bucket this configuration does not declare is judged on its own.
resource "aws_s3_bucket_acl" "literal" {
  bucket = "other-stack-bucket"
  access_control_policy {
    owner {
      id = "0123456789abcdef"
    }
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers" # expect: TFG-S3-007
      }
      permission = "READ"
    }
  }
}
