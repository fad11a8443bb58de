resource "aws_ssoadmin_permission_set" "long" {
  name             = "Admin"
  instance_arn     = "arn:aws:sso:::instance/ssoins-1234567890abcdef"
  session_duration = "PT12H" # expect: TFG-IAM-033
}

resource "aws_ssoadmin_permission_set" "mixed" {
  name             = "Ops"
  instance_arn     = "arn:aws:sso:::instance/ssoins-1234567890abcdef"
  session_duration = "PT1H30M" # expect: TFG-IAM-033
}

resource "aws_ssoadmin_permission_set" "hour" {
  name             = "ReadOnly"
  instance_arn     = "arn:aws:sso:::instance/ssoins-1234567890abcdef"
  session_duration = "PT1H"
}

resource "aws_ssoadmin_permission_set" "default" {
  name         = "Billing"
  instance_arn = "arn:aws:sso:::instance/ssoins-1234567890abcdef"
}
