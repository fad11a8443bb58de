# Cases of the rule: a literal bad value, the same through a variable, a good case and an unknown one.

variable "unknown_input" {}

resource "aws_ecs_task_definition" "app" {
  family                = "app"
  container_definitions = "[]"
  volume {
    name = "data"
    efs_volume_configuration { # expect: TFG-ENC-018
      file_system_id = "fs-0123456789abcdef0"
    }
  }
}

resource "aws_ecs_task_definition" "app_good" {
  family                = "app"
  container_definitions = "[]"
  volume {
    name = "data"
    efs_volume_configuration {
      file_system_id     = "fs-0123456789abcdef0"
      transit_encryption = "ENABLED"
    }
  }
}

resource "aws_ecs_task_definition" "app_unknown" {
  family                = "app"
  container_definitions = "[]"
  volume {
    name = "data"
    efs_volume_configuration {
      file_system_id     = "fs-0123456789abcdef0"
      transit_encryption = var.unknown_input
    }
  }
}
