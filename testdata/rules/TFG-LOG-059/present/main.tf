# The account has it.
provider "aws" {
  region = "eu-west-1"
}

resource "aws_ebs_encryption_by_default" "main" {
  enabled = true
}

resource "aws_s3_bucket" "logs" {
  bucket = "example-logs"
}

# An account-level setting: this root is where the account is configured.
resource "aws_iam_account_alias" "this" {
  account_alias = "example-prod"
}
