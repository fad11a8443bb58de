resource "aws_s3_bucket" "s3_star" {
  bucket = "s3-star"
  policy = jsonencode({ # expect: TFG-S3-024
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = ["s3:*"]
      Resource  = "arn:aws:s3:::s3-star/*"
    }]
  })
}

resource "aws_s3_bucket" "star" {
  bucket = "star"
}

resource "aws_s3_bucket_policy" "star" {
  bucket = aws_s3_bucket.star.id
  policy = jsonencode({ # expect: TFG-S3-024
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = ["*"] }
      Action    = "*"
      Resource  = [aws_s3_bucket.star.arn, "${aws_s3_bucket.star.arn}/*"]
    }]
  })
}

resource "aws_s3_bucket" "full_control" {
  bucket = "full-control"
}

resource "aws_s3_bucket_acl" "full_control" {
  bucket = aws_s3_bucket.full_control.id
  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"
      }
      permission = "FULL_CONTROL" # expect: TFG-S3-024
    }
    owner {
      id = "owner"
    }
  }
}

# One action pattern that is not every action: another rule's.
resource "aws_s3_bucket" "put" {
  bucket = "put"
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:PutObject"
      Resource  = "arn:aws:s3:::put/*"
    }]
  })
}

# Narrowed to one VPC endpoint.
resource "aws_s3_bucket" "endpoint" {
  bucket = "endpoint"
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:*"
      Resource  = "arn:aws:s3:::endpoint/*"
      Condition = { StringEquals = { "aws:SourceVpce" = "vpce-0a1b2c3d" } }
    }]
  })
}

# FULL_CONTROL for the owner is the default.
resource "aws_s3_bucket" "owner" {
  bucket = "owner"

  grant {
    type        = "CanonicalUser"
    id          = "owner"
    permissions = ["FULL_CONTROL"]
  }
}
