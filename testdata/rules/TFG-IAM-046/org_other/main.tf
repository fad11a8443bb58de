# An organization that does not trust Access Analyzer, in a root without a provider block:
# undecided like any such root.
resource "aws_organizations_organization" "org" {
  feature_set                   = "ALL"
  aws_service_access_principals = ["config.amazonaws.com"]
}
