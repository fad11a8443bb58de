policytest {
  targets = ["../instances.policy.hcl"]
}

locals {
  approved = "m7g.large"
}

resource "aws_instance" "approved" {
  attrs = {
    instance_type = local.approved
  }
}

resource "aws_instance" "previous_generation" {
  expect_failure = true
  attrs = {
    instance_type = "m4.large"
  }
}

resource "aws_launch_template" "graviton" {
  attrs = {
    instance_type = "c7g.xlarge"
  }
}

resource "aws_launch_template" "old_family" {
  expect_failure = true
  attrs = {
    instance_type = "c4.xlarge"
  }
}
