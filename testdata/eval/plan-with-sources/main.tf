# Scanned together with plan.json (written by hand for this configuration): the plan's
# instances take their source locations from these blocks.
resource "aws_s3_bucket" "data" {
  bucket = "with-sources-data"
}

resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    status = "Suspended"
  }
}

module "logs" {
  source = "./modules/logs"
  name   = "with-sources-logs"
}
