# CORS of a bucket this configuration does not declare is judged on its own.
resource "aws_s3_bucket_cors_configuration" "open" {
  bucket = "other-stack-bucket"
  cors_rule {
    allowed_methods = ["GET"]
    allowed_origins = ["*"] # expect: TFG-S3-018
  }
}
