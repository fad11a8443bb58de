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

# A second trail in the root: its names add to the first trail's, for every bucket.
resource "aws_s3_bucket" "watched_by_second" {
  bucket = "watched-by-second"
}

resource "aws_s3_bucket" "unwatched_too" { # expect: TFG-S3-019
  bucket = "unwatched-too"
}

resource "aws_cloudtrail" "more_objects" {
  name           = "more-objects"
  s3_bucket_name = "audit"
  event_selector {
    read_write_type = "WriteOnly"
    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3:::watched-by-second/uploads/", "arn:aws:s3:::elsewhere/"]
    }
  }
}

# A trail that logs only reads does not log writes; an advanced selector restricted to
# reads neither.
resource "aws_s3_bucket" "reads_only" { # expect: TFG-S3-019
  bucket = "reads-only"
}

resource "aws_cloudtrail" "read_objects" {
  name           = "read-objects"
  s3_bucket_name = "audit"
  event_selector {
    read_write_type = "ReadOnly"
    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3:::reads-only/"]
    }
  }
  advanced_event_selector {
    name = "object reads"
    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }
    field_selector {
      field  = "resources.type"
      equals = ["AWS::S3::Object"]
    }
    field_selector {
      field  = "readOnly"
      equals = ["true"]
    }
  }
}
