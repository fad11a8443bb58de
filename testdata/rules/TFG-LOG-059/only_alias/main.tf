# Only an aliased provider block: still a root that configures an account.
provider "aws" { # expect: TFG-LOG-059
  alias  = "eu"
  region = "eu-west-1"
}

resource "aws_sqs_queue" "jobs" {
  provider = aws.eu
  name     = "jobs"
}

resource "aws_s3_account_public_access_block" "this" {
  provider          = aws.eu
  block_public_acls = true
}
