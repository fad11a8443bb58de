# Created zero times: absent.
variable "on" {
  default = false
}

provider "aws" { # expect: TFG-LOG-058
  region = "eu-west-1"
}

resource "aws_securityhub_account" "main" {
  count = var.on ? 1 : 0
}

resource "aws_s3_bucket" "logs" {
  bucket = "example-logs"
}

# An account-level setting: this root is where the account is configured.
resource "aws_iam_account_alias" "this" {
  account_alias = "example-prod"
}
