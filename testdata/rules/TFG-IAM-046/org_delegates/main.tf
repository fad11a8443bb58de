# Delegated to a security account: its analyzer lives there (undecided).
provider "aws" {
  region = "eu-west-1"
}

resource "aws_organizations_organization" "org" {
  feature_set                   = "ALL"
  aws_service_access_principals = ["access-analyzer.amazonaws.com"]
}

resource "aws_organizations_delegated_administrator" "analyzer" {
  account_id        = "123456789012"
  service_principal = "access-analyzer.amazonaws.com"
}
