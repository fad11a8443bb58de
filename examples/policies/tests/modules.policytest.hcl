policytest {
  targets = ["../modules.policy.hcl"]
}

module "terraform-aws-modules/vpc/aws" "pinned_registry" {
  meta = {
    version = "5.8.1"
  }
  attrs = {
    name = "main"
  }
}

module "terraform-aws-modules/vpc/aws" "range_is_not_a_pin" {
  expect_failure = true
  meta = {
    version = "~> 5.0"
  }
  attrs = {}
}

module "terraform-aws-modules/vpc/aws" "old_major" {
  expect_failure = true
  meta = {
    version = "4.0.2"
  }
  attrs = {}
}

module "git::https://example.com/network.git?ref=v1.4.0" "git_with_tag" {
  attrs = {}
}

module "git::https://example.com/network.git" "git_without_ref" {
  expect_failure = true
  attrs = {}
}

module "./modules/network" "local_module" {
  attrs = {}
}
