# Scanned together with plan.json, which was written by hand to match this configuration
# exactly: the plan's instances map to the resource blocks below.

resource "aws_s3_bucket" "data" {
  bucket = "with-sources-data"
}

resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = false
}

module "logs" {
  source = "./modules/logs"
  name   = "with-sources-logs"
}
