# A bucket whose logging block comes from a `dynamic` block over a collection known only at
# apply: the plan's configuration section leaves `dynamic` blocks out, so only the code says
# that `logging` is written.
resource "aws_s3_bucket" "logs" {
  bucket_prefix = "tfgate-fixture-logs-"
}

resource "aws_s3_bucket" "app" {
  bucket = "tfgate-fixture-app"

  dynamic "logging" {
    for_each = aws_s3_bucket.logs.id == "" ? [] : [aws_s3_bucket.logs.id]
    content {
      target_bucket = logging.value
    }
  }
}
