variable "origins" {
  default = ["*"]
}

resource "aws_s3_bucket" "v3" {
  bucket = "v3"
  cors_rule {
    allowed_methods = ["GET"]
    allowed_origins = var.origins # expect: TFG-S3-018
  }
}

resource "aws_s3_bucket" "v4" {
  bucket = "v4"
}

resource "aws_s3_bucket_cors_configuration" "v4" {
  bucket = aws_s3_bucket.v4.id
  cors_rule {
    allowed_methods = ["GET"]
    allowed_origins = ["https://example.com"]
  }
  cors_rule {
    allowed_methods = ["PUT"]
    allowed_origins = ["https://example.com", "*"] # expect: TFG-S3-018
  }
}
