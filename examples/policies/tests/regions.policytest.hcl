policytest {
  targets = ["../regions.policy.hcl"]
}

provider "aws" "ireland" {
  attrs = {
    region = "eu-west-1"
  }
}

provider "aws" "virginia" {
  expect_failure = true
  attrs = {
    region = "us-east-1"
  }
}

provider "aws" "virginia_allowed_by_input" {
  attrs = {
    region = "us-east-1"
  }
  inputs {
    allowed_regions = ["us-east-1"]
  }
}
