# TFG-CTR-011: ECS Exec logging. NONE, DEFAULT, OVERRIDE, no configuration, unknown, count.

variable "exec_logging" {}

resource "aws_ecs_cluster" "none" {
  count = 2
  name  = "none-${count.index}"

  configuration {
    execute_command_configuration {
      logging = "NONE" # expect: TFG-CTR-011
    }
  }
}

resource "aws_ecs_cluster" "default" {
  name = "default"

  configuration {
    execute_command_configuration {
      logging = "DEFAULT"
    }
  }
}

resource "aws_ecs_cluster" "override" {
  name = "override"

  configuration {
    execute_command_configuration {
      logging = "OVERRIDE"
      log_configuration {
        cloud_watch_log_group_name = "/ecs/exec"
      }
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
      logging = var.exec_logging
    }
  }
}
