variable "guests" {
  type = bool
}

resource "aws_cognito_identity_pool" "guests" {
  identity_pool_name               = "guests"
  allow_unauthenticated_identities = true # expect: TFG-IAM-030
}

resource "aws_cognito_identity_pool" "default" {
  identity_pool_name = "default"
}

resource "aws_cognito_identity_pool" "unknown" {
  identity_pool_name               = "unknown"
  allow_unauthenticated_identities = var.guests
}
