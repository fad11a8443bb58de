variable "name" {
  type = string
}

resource "aws_s3_bucket" "this" {
  count  = 1
  bucket = var.name
}

resource "aws_s3_bucket_versioning" "this" {
  count  = 1
  bucket = aws_s3_bucket.this[0].id

  versioning_configuration {
    status = "Enabled"
  }
}
