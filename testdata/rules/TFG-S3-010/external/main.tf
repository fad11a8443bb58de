# Versioning of a bucket this configuration does not declare is judged on its own.
variable "bucket_name" {
  type = string
}

resource "aws_s3_bucket_versioning" "suspended" {
  bucket = var.bucket_name
  versioning_configuration {
    status = "Suspended" # expect: TFG-S3-010
  }
}

resource "aws_s3_bucket_versioning" "enabled" {
  bucket = "other-stack-bucket"
  versioning_configuration {
    status = "Enabled"
  }
}

# Only an ACL: nothing says whether the other stack versions the bucket.
resource "aws_s3_bucket_acl" "only_acl" {
  bucket = "third-bucket"
  acl    = "private"
}
