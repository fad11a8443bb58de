# TFG-IAM-046: a root that configures an AWS account (a provider block) and has no aws_accessanalyzer_analyzer.
provider "aws" { # expect: TFG-IAM-046
  region = "eu-west-1"
}

provider "aws" {
  alias  = "us"
  region = "us-east-1"
}

resource "aws_s3_bucket" "logs" {
  bucket = "example-logs"
}

# An account-level setting: this root is where the account is configured.
resource "aws_iam_account_alias" "this" {
  account_alias = "example-prod"
}
