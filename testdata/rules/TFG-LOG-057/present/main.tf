# The account has it.
provider "aws" {
  region = "eu-west-1"
}

resource "aws_guardduty_detector" "main" {
  enable = true
}

resource "aws_s3_bucket" "logs" {
  bucket = "example-logs"
}
