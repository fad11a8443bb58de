# A bucket another stack declares: its ACL and policy are judged on their own.
resource "aws_s3_bucket_acl" "shared" {
  bucket = "shared-elsewhere"
  acl    = "public-read-write" # expect: TFG-S3-021
}

variable "bucket" {
  type = string
}

resource "aws_s3_bucket_policy" "drop" {
  bucket = var.bucket
  policy = jsonencode({ # expect: TFG-S3-021
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:PutObject"
      Resource  = "arn:aws:s3:::drop/*"
    }]
  })
}
