# Created or not depending on a variable without a value: undecided.
variable "on" {
  type = bool
}

provider "aws" {
  region = "eu-west-1"
}

resource "aws_config_configuration_recorder" "main" {
  count = var.on ? 1 : 0
}

resource "aws_s3_bucket" "logs" {
  bucket = "example-logs"
}

# An account-level setting: this root is where the account is configured.
resource "aws_iam_account_alias" "this" {
  account_alias = "example-prod"
}
