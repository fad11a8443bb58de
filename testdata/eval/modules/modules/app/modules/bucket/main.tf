variable "bucket_name" { type = string }
variable "days" { type = number }

resource "aws_s3_bucket" "this" {
  bucket = var.bucket_name
}

resource "aws_s3_bucket_lifecycle_configuration" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    id     = "expire"
    status = "Enabled"
    expiration {
      days = var.days
    }
  }
}

output "id" { value = aws_s3_bucket.this.id }
output "name" { value = aws_s3_bucket.this.bucket }
