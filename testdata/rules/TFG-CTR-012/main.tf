# TFG-CTR-012: ECS Exec session key and encrypted session logs. Neither, a key without an
# encrypted destination, an encrypted destination without a key, both (CloudWatch, S3),
# logging off, no configuration, unknown flag.

variable "encrypt_logs" {}

resource "aws_kms_key" "exec" {
  description         = "exec"
  enable_key_rotation = true
}

resource "aws_ecs_cluster" "neither" {
  name = "neither"

  configuration {
    execute_command_configuration { # expect: TFG-CTR-012
      logging = "DEFAULT"
    }
  }
}

resource "aws_ecs_cluster" "key_only" {
  name = "key-only"

  configuration {
    execute_command_configuration { # expect: TFG-CTR-012
      kms_key_id = aws_kms_key.exec.arn
      logging    = "OVERRIDE"
      log_configuration {
        s3_bucket_name = "exec-logs"
      }
    }
  }
}

resource "aws_ecs_cluster" "logs_only" {
  name = "logs-only"

  configuration {
    execute_command_configuration { # expect: TFG-CTR-012
      logging = "OVERRIDE"
      log_configuration {
        cloud_watch_encryption_enabled = true
        cloud_watch_log_group_name     = "/ecs/exec"
      }
    }
  }
}

resource "aws_ecs_cluster" "cloudwatch" {
  name = "cloudwatch"

  configuration {
    execute_command_configuration {
      kms_key_id = aws_kms_key.exec.arn
      logging    = "OVERRIDE"
      log_configuration {
        cloud_watch_encryption_enabled = true
        cloud_watch_log_group_name     = "/ecs/exec"
      }
    }
  }
}

resource "aws_ecs_cluster" "s3" {
  name = "s3"

  configuration {
    execute_command_configuration {
      kms_key_id = aws_kms_key.exec.arn
      logging    = "OVERRIDE"
      log_configuration {
        s3_bucket_encryption_enabled = true
        s3_bucket_name               = "exec-logs"
      }
    }
  }
}

resource "aws_ecs_cluster" "logging_off" {
  name = "logging-off"

  configuration {
    execute_command_configuration {
      logging = "NONE"
    }
  }
}

resource "aws_ecs_cluster" "plain" {
  name = "plain"
}

resource "aws_ecs_cluster" "unknown" {
  name = "unknown"

  configuration {
    execute_command_configuration {
      kms_key_id = aws_kms_key.exec.arn
      logging    = "OVERRIDE"
      log_configuration {
        cloud_watch_encryption_enabled = var.encrypt_logs
        cloud_watch_log_group_name     = "/ecs/exec"
      }
    }
  }
}
