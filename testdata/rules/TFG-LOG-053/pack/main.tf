# A conformance pack whose template holds the rule.
resource "aws_config_config_rule" "mfa" {
  name = "root-mfa"

  source {
    owner             = "AWS"
    source_identifier = "ROOT_ACCOUNT_MFA_ENABLED"
  }
}

resource "aws_config_conformance_pack" "ebs" {
  name          = "ebs"
  template_body = <<-EOT
    Resources:
      EncryptedVolumes:
        Type: AWS::Config::ConfigRule
        Properties:
          ConfigRuleName: encrypted-volumes
          Source:
            Owner: AWS
            SourceIdentifier: ENCRYPTED_VOLUMES
  EOT
}
