variable "name" {
  type = string
}

resource "aws_s3_bucket" "this" {
  bucket = var.name
  acl    = "public-read"
}

output "bucket_id" {
  value = aws_s3_bucket.this.id
}
