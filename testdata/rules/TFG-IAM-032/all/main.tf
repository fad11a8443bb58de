resource "aws_organizations_organization" "all" {
  feature_set                   = "ALL"
  aws_service_access_principals = ["cloudtrail.amazonaws.com"]
}

resource "aws_organizations_organization" "default" {}
