# TFG-LOG-053: Config rules without ENCRYPTED_VOLUMES; reported on the first rule.
resource "aws_config_config_rule" "a_password" { # expect: TFG-LOG-053
  name = "iam-password-policy"

  source {
    owner             = "AWS"
    source_identifier = "IAM_PASSWORD_POLICY"
  }
}

resource "aws_config_config_rule" "b_root_mfa" {
  name = "root-mfa"

  source {
    owner             = "AWS"
    source_identifier = "ROOT_ACCOUNT_MFA_ENABLED"
  }
}
