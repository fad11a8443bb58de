# Cases of the rule: secrets rotated by reference, by name and by ARN; an unrotated secret;
# a rotation whose count is unknown (undecided) and inline v4 rotation (passes).

variable "rotate" {
  type = bool
}

resource "aws_secretsmanager_secret" "by_reference" {
  name = "by-reference"
}

resource "aws_secretsmanager_secret_rotation" "by_reference" {
  secret_id           = aws_secretsmanager_secret.by_reference.id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:123456789012:function:rotate"
  rotation_rules {
    automatically_after_days = 30
  }
}

resource "aws_secretsmanager_secret" "by_name" {
  name = "by-name"
}

resource "aws_secretsmanager_secret_rotation" "by_name" {
  secret_id           = "by-name"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:123456789012:function:rotate"
  rotation_rules {
    automatically_after_days = 30
  }
}

resource "aws_secretsmanager_secret" "by_arn" {
  name = "by-arn"
}

resource "aws_secretsmanager_secret_rotation" "by_arn" {
  secret_id           = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:by-arn-AbCdEf"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:123456789012:function:rotate"
  rotation_rules {
    automatically_after_days = 30
  }
}

resource "aws_secretsmanager_secret" "never_rotated" { # expect: TFG-SEC-005
  name = "never-rotated"
}

resource "aws_secretsmanager_secret" "maybe_rotated" {
  name = "maybe-rotated"
}

resource "aws_secretsmanager_secret_rotation" "maybe" {
  count               = var.rotate ? 1 : 0
  secret_id           = aws_secretsmanager_secret.maybe_rotated.id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:123456789012:function:rotate"
  rotation_rules {
    automatically_after_days = 30
  }
}

resource "aws_secretsmanager_secret" "inline_v4" {
  name                = "inline-v4"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:123456789012:function:rotate"
  rotation_rules {
    automatically_after_days = 30
  }
}
