# Cases of the rule: intervals by days and by rate() in days and hours, over and within 90
# days; cron passes; missing rules and unknown values.

variable "days" {
  type = number
}

resource "aws_secretsmanager_secret_rotation" "half_year" {
  secret_id           = "half-year"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:123456789012:function:rotate"
  rotation_rules {
    automatically_after_days = 180 # expect: TFG-SEC-006
  }
}

resource "aws_secretsmanager_secret_rotation" "rate_days" {
  secret_id           = "rate-days"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:123456789012:function:rotate"
  rotation_rules {
    schedule_expression = "rate(91 days)" # expect: TFG-SEC-006
  }
}

resource "aws_secretsmanager_secret_rotation" "rate_hours" {
  secret_id           = "rate-hours"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:123456789012:function:rotate"
  rotation_rules {
    schedule_expression = "rate(4 hours)"
  }
}

resource "aws_secretsmanager_secret_rotation" "ninety" {
  secret_id           = "ninety"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:123456789012:function:rotate"
  rotation_rules {
    automatically_after_days = 90
  }
}

resource "aws_secretsmanager_secret_rotation" "cron" {
  secret_id           = "cron"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:123456789012:function:rotate"
  rotation_rules {
    schedule_expression = "cron(0 16 1,15 * ? *)"
  }
}

resource "aws_secretsmanager_secret_rotation" "unknown" {
  secret_id           = "unknown"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:123456789012:function:rotate"
  rotation_rules {
    automatically_after_days = var.days
  }
}

resource "aws_secretsmanager_secret_rotation" "no_rules" { # expect: TFG-SEC-006
  secret_id           = "no-rules"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:123456789012:function:rotate"
}

resource "aws_secretsmanager_secret" "inline_v4" {
  name                = "inline-v4"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:123456789012:function:rotate"
  rotation_rules {
    automatically_after_days = 365 # expect: TFG-SEC-006
  }
}
