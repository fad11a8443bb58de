# The same drift as drift-acl, read from a -refresh-only plan.
resource "aws_s3_bucket" "logs" {
  bucket = "tfgate-drift-logs"
}

resource "aws_s3_bucket_acl" "logs" {
  bucket = aws_s3_bucket.logs.id
  acl    = "private"
}
