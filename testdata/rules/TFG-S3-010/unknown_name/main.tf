# A companion that names its bucket through the bucket's `bucket` attribute links by
# reference even when the name is known only after apply, as it does through `id`.
data "aws_caller_identity" "current" {}

resource "aws_s3_bucket" "dev" {
  bucket = "dev-${data.aws_caller_identity.current.account_id}"
}

resource "aws_s3_bucket_versioning" "dev" {
  bucket = aws_s3_bucket.dev.bucket
  versioning_configuration {
    status = "Suspended" # expect: TFG-S3-010
  }
}

resource "aws_s3_bucket" "by_id" {
  bucket = "by-id-${data.aws_caller_identity.current.account_id}"
}

resource "aws_s3_bucket_versioning" "by_id" {
  bucket = aws_s3_bucket.by_id.id
  versioning_configuration {
    status = "Enabled"
  }
}
