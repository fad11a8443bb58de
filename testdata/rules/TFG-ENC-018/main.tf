# TFG-ENC-018: ECS task EFS volumes without in-transit encryption. Unset (default DISABLED),
# DISABLED literally, through a variable and through a dynamic block, a task without EFS
# volumes (nothing to encrypt), and unknown values (undecided).

variable "transit_encryption" {
  default = "DISABLED"
}

variable "unknown_input" {}

variable "shares" {
  default = {
    home    = "ENABLED"
    exports = "DISABLED"
  }
}

resource "aws_ecs_task_definition" "unset" {
  count                 = 2
  family                = "unset-${count.index}"
  container_definitions = "[]"
  volume {
    name = "data"
    efs_volume_configuration { # expect: TFG-ENC-018
      file_system_id = "fs-0123456789abcdef0"
    }
  }
}

resource "aws_ecs_task_definition" "literal" {
  family                = "literal"
  container_definitions = "[]"
  volume {
    name = "data"
    efs_volume_configuration {
      file_system_id     = "fs-0123456789abcdef0"
      transit_encryption = "DISABLED" # expect: TFG-ENC-018
    }
  }
  volume {
    name = "scratch"
  }
}

resource "aws_ecs_task_definition" "from_variable" {
  family                = "from-variable"
  container_definitions = "[]"
  volume {
    name = "data"
    efs_volume_configuration {
      file_system_id     = "fs-0123456789abcdef0"
      transit_encryption = var.transit_encryption # expect: TFG-ENC-018
    }
  }
}

resource "aws_ecs_task_definition" "dynamic" {
  family                = "dynamic"
  container_definitions = "[]"
  dynamic "volume" {
    for_each = var.shares
    content {
      name = volume.key
      efs_volume_configuration {
        file_system_id     = "fs-0123456789abcdef0"
        transit_encryption = volume.value # expect: TFG-ENC-018
      }
    }
  }
}

resource "aws_ecs_task_definition" "good" {
  family                = "good"
  container_definitions = "[]"
  volume {
    name = "data"
    efs_volume_configuration {
      file_system_id     = "fs-0123456789abcdef0"
      transit_encryption = "ENABLED"
      authorization_config {
        iam = "ENABLED"
      }
    }
  }
}

resource "aws_ecs_task_definition" "no_efs" {
  family                = "no-efs"
  container_definitions = "[]"
  volume {
    name = "scratch"
  }
}

resource "aws_ecs_task_definition" "unknown" {
  family                = "unknown"
  container_definitions = "[]"
  volume {
    name = "data"
    efs_volume_configuration {
      file_system_id     = "fs-0123456789abcdef0"
      transit_encryption = var.unknown_input
    }
  }
}
