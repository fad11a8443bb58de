policytest {
  targets = ["../buckets.policy.hcl"]
}

resource "aws_s3_bucket" "with_versioning" {
  attrs = {
    bucket = "logs"
    tags   = { owner = "platform", data-classification = "internal" }
  }
}

resource "aws_s3_bucket_versioning" "logs" {
  skip = true
  attrs = {
    bucket = "logs"
    versioning_configuration = [{ status = "Enabled" }]
  }
}
