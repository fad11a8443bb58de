resource "aws_cognito_user_pool" "unset" { # expect: TFG-IAM-031
  name = "unset"
}

resource "aws_cognito_user_pool" "off" {
  name              = "off"
  mfa_configuration = "OFF" # expect: TFG-IAM-031
}

resource "aws_cognito_user_pool" "no_factor" {
  name              = "no-factor"
  mfa_configuration = "ON" # expect: TFG-IAM-031
}

resource "aws_cognito_user_pool" "totp" {
  name              = "totp"
  mfa_configuration = "ON"
  software_token_mfa_configuration {
    enabled = true
  }
}

resource "aws_cognito_user_pool" "sms" {
  name              = "sms"
  mfa_configuration = "OPTIONAL"
  sms_configuration {
    external_id    = "users"
    sns_caller_arn = "arn:aws:iam::123456789012:role/cognito-sms"
  }
}
