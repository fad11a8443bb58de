# A bucket policy of a bucket this configuration does not declare is judged on its own: a
# policy open to everyone is public whatever the bucket.
data "aws_s3_bucket" "shared" {
  bucket = "shared-assets"
}

resource "aws_s3_bucket_policy" "open" {
  bucket = data.aws_s3_bucket.shared.id
  policy = jsonencode({ # expect: TFG-S3-008
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::shared-assets/*"
    }]
  })
}

resource "aws_s3_bucket_policy" "scoped" {
  bucket = "other-stack-bucket"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:root" }
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::other-stack-bucket/*"
    }]
  })
}
