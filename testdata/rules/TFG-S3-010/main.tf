resource "aws_s3_bucket" "none" { # expect: TFG-S3-010
  bucket = "none"
}

resource "aws_s3_bucket" "v3_off" {
  bucket = "v3-off"
  versioning {
    enabled = false # expect: TFG-S3-010
  }
}

resource "aws_s3_bucket" "v3_on" {
  bucket = "v3-on"
  versioning {
    enabled = true
  }
}

resource "aws_s3_bucket" "v4" {
  bucket = "v4"
}

resource "aws_s3_bucket_versioning" "v4" {
  bucket = aws_s3_bucket.v4.id
  versioning_configuration {
    status = "Suspended" # expect: TFG-S3-010
  }
}

resource "aws_s3_bucket" "v4_on" {
  count  = 2
  bucket = "v4-on-${count.index}"
}

resource "aws_s3_bucket_versioning" "v4_on" {
  count  = 2
  bucket = aws_s3_bucket.v4_on[count.index].id
  versioning_configuration {
    status = "Enabled"
  }
}
