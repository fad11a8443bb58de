# Cases of the rule: Lambda environment variables holding a secret by token shape (AWS's
# documented example access key id, a GitHub-shaped token assembled from parts so that no
# secret scanner reads this file as holding one) or by name with a written value; pointers,
# empty values, run-time inputs and resource attributes pass; a secret-named value unknown
# for another reason is undecided.

variable "token_at_run_time" {
  sensitive = true
}

variable "db_password" {
  default = "defaulted-password"
}

locals {
  # 36 characters after the prefix, as GitHub tokens have.
  tail = join("", [for i in range(9) : "a1B2"])
}

resource "aws_secretsmanager_secret" "api" {
  name = "api"
}

resource "aws_lambda_function" "literal_password" {
  function_name = "literal-password"
  environment {
    variables = { # expect: TFG-SEC-002
      DB_PASSWORD = "correct-horse-battery"
      LOG_LEVEL   = "info"
    }
  }
}

resource "aws_lambda_function" "access_key" {
  function_name = "access-key"
  environment {
    variables = { # expect: TFG-SEC-002
      AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
    }
  }
}

resource "aws_lambda_function" "github_token" {
  function_name = "github-token"
  environment {
    variables = { # expect: TFG-SEC-002
      UPSTREAM = "ghp_${local.tail}"
    }
  }
}

resource "aws_lambda_function" "defaulted" {
  function_name = "defaulted"
  environment {
    variables = { # expect: TFG-SEC-002
      dbPassword = var.db_password
    }
  }
}

# Good.
resource "aws_lambda_function" "pointers" {
  function_name = "pointers"
  environment {
    variables = {
      DB_PASSWORD_SECRET_ARN = aws_secretsmanager_secret.api.arn
      API_TOKEN_PARAMETER    = "/prod/api/token"
      SECRET_NAME            = "prod/api"
      TOKEN_TTL              = "3600"
      API_TOKEN              = var.token_at_run_time
      DB_PASSWORD            = ""
    }
  }
}

resource "aws_lambda_function" "no_environment" {
  function_name = "no-environment"
}

# Undecided: a secret-named value built from an unknown.
resource "aws_lambda_function" "templated" {
  function_name = "templated"
  environment {
    variables = {
      API_TOKEN = "${var.token_at_run_time}-suffix"
    }
  }
}
