# Cases of the rule: a literal bad value, the same through a variable, a good case and an unknown one.

variable "unknown_input" {}

resource "aws_secretsmanager_secret" "db" { # expect: TFG-ENC-032
  name = "db-password"
}

resource "aws_secretsmanager_secret" "db_good" {
  name       = "db-password"
  kms_key_id = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_secretsmanager_secret" "db_unknown" {
  name       = "db-password"
  kms_key_id = var.unknown_input
}
