# The account has it.
provider "aws" {
  region = "eu-west-1"
}

resource "aws_securityhub_account" "main" {}

resource "aws_s3_bucket" "logs" {
  bucket = "example-logs"
}
