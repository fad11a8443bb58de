# The change suspends versioning of `data`, which was enabled.
resource "aws_s3_bucket" "data" {
  bucket = "tfgate-fixture-versioned"
}

resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id

  versioning_configuration {
    status = "Suspended"
  }
}
