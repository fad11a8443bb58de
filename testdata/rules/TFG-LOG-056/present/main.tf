# The account has it.
provider "aws" {
  region = "eu-west-1"
}

resource "aws_config_configuration_recorder" "main" {
  role_arn = "arn:aws:iam::123456789012:role/aws-config"
}

resource "aws_s3_bucket" "logs" {
  bucket = "example-logs"
}

# An account-level setting: this root is where the account is configured.
resource "aws_iam_account_alias" "this" {
  account_alias = "example-prod"
}
