# A rotation whose secret_id comes from a lookup could name this secret: undecided, not a
# finding.

data "aws_secretsmanager_secret" "any" {
  name = "looked-up"
}

resource "aws_secretsmanager_secret" "looked_up" {
  name = "looked-up"
}

resource "aws_secretsmanager_secret_rotation" "from_lookup" {
  secret_id           = data.aws_secretsmanager_secret.any.id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:123456789012:function:rotate"
  rotation_rules {
    automatically_after_days = 30
  }
}
