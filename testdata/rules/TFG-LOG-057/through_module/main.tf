# Declared by a local module: the account has it.
provider "aws" {
  region = "eu-west-1"
}

module "baseline" {
  source = "../baseline_module"
}

resource "aws_s3_bucket" "logs" {
  bucket = "example-logs"
}

# An account-level setting: this root is where the account is configured.
resource "aws_iam_account_alias" "this" {
  account_alias = "example-prod"
}
