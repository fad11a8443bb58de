# A module that is not downloaded may declare it: undecided.
provider "aws" {
  region = "eu-west-1"
}

module "baseline" {
  source  = "example-org/account-baseline/aws"
  version = "1.0.0"
}

resource "aws_s3_bucket" "logs" {
  bucket = "example-logs"
}

# An account-level setting: this root is where the account is configured.
resource "aws_iam_account_alias" "this" {
  account_alias = "example-prod"
}
