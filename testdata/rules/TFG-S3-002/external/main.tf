# Settings of buckets this configuration does not declare (another stack's, named by a
# literal, a variable or a data source) are judged on their own.
variable "bucket_name" {
  type = string
}

data "aws_s3_bucket" "shared" {
  bucket = "shared-assets"
}

resource "aws_s3_bucket_acl" "literal" {
  bucket = "other-stack-bucket"
  acl    = "public-read" # expect: TFG-S3-002
}

resource "aws_s3_bucket_acl" "variable" {
  bucket = var.bucket_name
  acl    = "public-read-write" # expect: TFG-S3-002
}

resource "aws_s3_bucket_acl" "data_source" {
  bucket = data.aws_s3_bucket.shared.id
  acl    = "private"
}
