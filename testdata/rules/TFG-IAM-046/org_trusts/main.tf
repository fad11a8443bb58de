# The organization trusts Access Analyzer, no analyzer and no delegation: flagged at the
# trust, even without a provider block.
resource "aws_organizations_organization" "org" {
  feature_set                   = "ALL"
  aws_service_access_principals = ["access-analyzer.amazonaws.com", "config.amazonaws.com"] # expect: TFG-IAM-046
}
