resource "aws_s3_bucket" "watched" {
  bucket = "watched"
}

resource "aws_s3_bucket" "unwatched" { # expect: TFG-S3-019
  bucket = "unwatched"
}

resource "aws_cloudtrail" "objects" {
  name           = "objects"
  s3_bucket_name = "audit"
  event_selector {
    read_write_type = "All"
    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3:::watched/"]
    }
  }
}
