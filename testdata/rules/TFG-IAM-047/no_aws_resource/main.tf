# A provider block but no AWS resource: nothing to judge.
provider "aws" {
  region = "eu-west-1"
}

resource "terraform_data" "marker" {}
