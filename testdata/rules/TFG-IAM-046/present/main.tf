# The account has it.
provider "aws" {
  region = "eu-west-1"
}

resource "aws_accessanalyzer_analyzer" "account" {
  analyzer_name = "account"
}

resource "aws_s3_bucket" "logs" {
  bucket = "example-logs"
}

# An account-level setting: this root is where the account is configured.
resource "aws_iam_account_alias" "this" {
  account_alias = "example-prod"
}
