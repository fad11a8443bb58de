# Ownership controls of a bucket this configuration does not declare are judged on their own;
# an ACL resource alone says nothing about the other stack's ownership settings.
resource "aws_s3_bucket_ownership_controls" "preferred" {
  bucket = "other-stack-bucket"
  rule {
    object_ownership = "BucketOwnerPreferred" # expect: TFG-S3-016
  }
}

resource "aws_s3_bucket_acl" "only_acl" {
  bucket = "third-bucket"
  acl    = "private"
}
