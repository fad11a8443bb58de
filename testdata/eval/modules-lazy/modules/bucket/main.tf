variable "name" { type = string }
variable "policy" { type = string }

resource "aws_s3_bucket" "this" {
  bucket = var.name
}

resource "aws_s3_bucket_policy" "this" {
  bucket = aws_s3_bucket.this.id
  policy = var.policy
}

output "arn" { value = "arn:aws:s3:::${aws_s3_bucket.this.bucket}" }
