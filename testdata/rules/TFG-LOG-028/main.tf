# Environments with webserver logs on, off, without the block, without logging_configuration;
# unknown.

variable "on" {
  type = bool
}

resource "aws_mwaa_environment" "on" {
  name               = "on"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::123456789012:role/mwaa"
  source_bucket_arn  = "arn:aws:s3:::dags"
  logging_configuration {
    webserver_logs {
      enabled   = true
      log_level = "INFO"
    }
  }
}

resource "aws_mwaa_environment" "off" {
  name               = "off"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::123456789012:role/mwaa"
  source_bucket_arn  = "arn:aws:s3:::dags"
  logging_configuration {
    webserver_logs {
      enabled   = false # expect: TFG-LOG-028
      log_level = "INFO"
    }
  }
}

resource "aws_mwaa_environment" "other_only" { # expect: TFG-LOG-028
  name               = "other-only"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::123456789012:role/mwaa"
  source_bucket_arn  = "arn:aws:s3:::dags"
  logging_configuration {
    task_logs {
      enabled   = true
      log_level = "INFO"
    }
  }
}

resource "aws_mwaa_environment" "none" { # expect: TFG-LOG-028
  name               = "none"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::123456789012:role/mwaa"
  source_bucket_arn  = "arn:aws:s3:::dags"
}

resource "aws_mwaa_environment" "unknown" {
  name               = "unknown"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::123456789012:role/mwaa"
  source_bucket_arn  = "arn:aws:s3:::dags"
  logging_configuration {
    webserver_logs {
      enabled   = var.on
      log_level = "INFO"
    }
  }
}
