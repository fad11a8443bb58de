resource "aws_organizations_organization" "billing_only" {
  feature_set = "CONSOLIDATED_BILLING" # expect: TFG-IAM-032
}
