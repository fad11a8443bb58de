# A deployable root that manages no account-level setting: an application whose account
# is configured elsewhere (or a forgotten baseline; tfgate cannot tell): undecided.
provider "aws" {
  region = "eu-west-1"
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}
