variable "acl" {
  default = "public-read-write"
}

resource "aws_s3_bucket" "v3" {
  bucket = "v3-public"
  acl    = "public-read" # expect: TFG-S3-002
}

resource "aws_s3_bucket" "v4" {
  bucket = "v4-public"
}

resource "aws_s3_bucket_acl" "v4" {
  bucket = aws_s3_bucket.v4.id
  acl    = var.acl # expect: TFG-S3-002
}

resource "aws_s3_bucket" "private" {
  bucket = "private"
  acl    = "private"
}

resource "aws_s3_bucket" "log_delivery" {
  bucket = "logs"
}

resource "aws_s3_bucket_acl" "log_delivery" {
  bucket = aws_s3_bucket.log_delivery.bucket
  acl    = "log-delivery-write"
}
