# Organization-wide managed rules count too.
resource "aws_config_organization_managed_rule" "volumes" {
  name            = "encrypted-volumes"
  rule_identifier = "ENCRYPTED_VOLUMES"
}

resource "aws_config_organization_managed_rule" "mfa" {
  name            = "root-mfa"
  rule_identifier = "ROOT_ACCOUNT_MFA_ENABLED"
}
