policytest {
  targets = ["../tags.policy.hcl"]
}

resource "aws_s3_bucket" "tagged" {
  attrs = {
    bucket = "logs"
    tags   = { owner = "platform", data-classification = "internal" }
  }
}

resource "aws_s3_bucket" "missing_owner" {
  expect_failure = true
  attrs = {
    bucket = "logs"
    tags   = { data-classification = "internal" }
  }
}

resource "aws_s3_bucket" "unknown_classification" {
  expect_failure = true
  attrs = {
    bucket = "logs"
    tags   = { owner = "platform", data-classification = "top-secret" }
  }
}

resource "aws_instance" "no_tags_at_all" {
  expect_failure = true
  attrs = {
    instance_type = "t3.micro"
    tags          = null
  }
}

resource "aws_s3_bucket_versioning" "not_taggable" {
  attrs = {
    bucket = "logs"
  }
}

resource "aws_s3_bucket" "extra_required_tag" {
  expect_failure = true
  attrs = {
    tags = { owner = "platform", data-classification = "internal" }
  }
  inputs {
    required_tags = ["owner", "data-classification", "cost-center"]
  }
}
