# Cases of the rule: String parameters named like secrets or holding a token-shaped value
# (AWS's documented example key id), SecureString and plain configuration pass; an unknown
# name is undecided.

variable "env" {}

resource "random_password" "db" {
  length = 24
}

resource "aws_ssm_parameter" "password" {
  name  = "/prod/db/password"
  type  = "String" # expect: TFG-SEC-007
  value = random_password.db.result
}

resource "aws_ssm_parameter" "token_list" {
  name  = "/ci/githubToken"
  type  = "StringList" # expect: TFG-SEC-007
  value = "a,b"
}

resource "aws_ssm_parameter" "shaped" {
  name  = "/ci/upstream"
  type  = "String" # expect: TFG-SEC-007
  value = "AKIAIOSFODNN7EXAMPLE"
}

# Good.
resource "aws_ssm_parameter" "secure" {
  name  = "/prod/db/password"
  type  = "SecureString"
  value = random_password.db.result
}

resource "aws_ssm_parameter" "ami" {
  name  = "/prod/web/ami_id"
  type  = "String"
  value = "ami-0123456789abcdef0"
}

resource "aws_ssm_parameter" "pointer" {
  name  = "/prod/db/password_secret_arn"
  type  = "String"
  value = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db"
}

# Undecided: the name is not known before apply.
resource "aws_ssm_parameter" "unknown_name" {
  name  = "/${var.env}/settings/x"
  type  = "String"
  value = "on"
}
