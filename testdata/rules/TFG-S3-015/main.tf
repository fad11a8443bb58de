resource "aws_s3_bucket" "v3" {
  bucket = "v3-site"
  website { # expect: TFG-S3-015
    index_document = "index.html"
  }
}

resource "aws_s3_bucket" "v4" {
  bucket = "v4-site"
}

resource "aws_s3_bucket_website_configuration" "v4" { # expect: TFG-S3-015
  bucket = aws_s3_bucket.v4.bucket
  index_document {
    suffix = "index.html"
  }
}

resource "aws_s3_bucket" "plain" {
  bucket = "plain"
}
