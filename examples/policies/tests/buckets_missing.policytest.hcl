policytest {
  targets = ["../buckets.policy.hcl"]
}

resource "aws_s3_bucket" "without_versioning" {
  expect_failure = true
  attrs = {
    bucket = "logs"
  }
}
