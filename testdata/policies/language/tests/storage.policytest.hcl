policytest {
  targets = ["../policies/storage.policy.hcl"]
}

inputs {
  environment = "prod"
}

resource "aws_s3_bucket" "central" {
  skip = true
  attrs = {
    bucket = "central-logs"
  }
}

resource "aws_s3_bucket" "named_for_prod" {
  attrs = {
    bucket = "prod-data"
  }
}

resource "aws_s3_bucket" "named_for_dev" {
  expect_failure = true
  attrs = {
    bucket = "dev-data"
  }
}

resource "aws_s3_bucket" "named_for_dev_in_dev" {
  attrs = {
    bucket = "dev-data"
  }
  inputs {
    environment = "dev"
  }
}

resource "aws_ebs_volume" "update_unencrypted" {
  expect_failure = true
  attrs = {
    encrypted = false
  }
  prior_attrs = {
    encrypted = true
  }
}

resource "aws_ebs_volume" "deleted_unencrypted" {
  prior_attrs = {
    encrypted = false
  }
}

module "terraform-aws-modules/vpc/aws" "major_one" {
  expect_failure = true
  meta = {
    version = "1.9.0"
  }
  attrs = {}
}

module "terraform-aws-modules/vpc/aws" "major_two" {
  meta = {
    version = "2.3.0"
  }
  attrs = {}
}

provider "aws" "untagged" {
  expect_failure = true
  attrs = {
    region = "eu-west-1"
  }
}

provider "aws" "tagged" {
  meta = {
    version = "5.10.0"
  }
  attrs = {
    region       = "eu-west-1"
    default_tags = [{ tags = { owner = "platform" } }]
  }
}
