# No provider block: maybe a reusable module scanned on its own, undecided.
resource "aws_s3_bucket" "logs" {
  bucket = "example-logs"
}
