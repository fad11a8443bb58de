# Object reads: a selector logs them unless it is `WriteOnly` (`read_write_type` defaults to
# `All`); an advanced selector unless its `readOnly` field keeps only writes.

resource "aws_s3_bucket" "all_events" {
  bucket = "all-events"
}

resource "aws_s3_bucket" "writes_only" { # expect: TFG-S3-020
  bucket = "writes-only"
}

resource "aws_s3_bucket" "default_type" {
  bucket = "default-type"
}

resource "aws_s3_bucket" "nobody" { # expect: TFG-S3-020
  bucket = "nobody"
}

resource "aws_cloudtrail" "objects" {
  name           = "objects"
  s3_bucket_name = "audit"
  event_selector {
    read_write_type = "All"
    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3:::all-events/"]
    }
  }
  event_selector {
    read_write_type = "WriteOnly"
    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3:::writes-only/"]
    }
  }
  event_selector {
    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3:::default-type/"]
    }
  }
  advanced_event_selector {
    name = "object writes"
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
      equals = ["false"]
    }
  }
}
