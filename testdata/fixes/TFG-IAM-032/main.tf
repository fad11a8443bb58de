resource "aws_organizations_organization" "org" {
  feature_set = "CONSOLIDATED_BILLING"
}
