# TFG-LOG-051: one recorder per root (one region).
resource "aws_config_configuration_recorder" "default" { # expect: TFG-LOG-051
  name     = "main"
  role_arn = "arn:aws:iam::123456789012:role/aws-config"
}
