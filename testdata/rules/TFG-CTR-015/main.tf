# TFG-CTR-015: host PID namespace. pid_mode host, task, unset, unknown, and a pidMode key
# inside a container definition (not an ECS setting: ignored).

variable "pid" {}

resource "aws_ecs_task_definition" "host" {
  count    = 2
  family   = "host-${count.index}"
  pid_mode = "host" # expect: TFG-CTR-015
  container_definitions = jsonencode([{
    name  = "agent"
    image = "agent:1"
  }])
}

resource "aws_ecs_task_definition" "task" {
  family   = "task"
  pid_mode = "task"
  container_definitions = jsonencode([{
    name  = "app"
    image = "app:1"
  }])
}

resource "aws_ecs_task_definition" "unset" {
  family = "unset"
  container_definitions = jsonencode([{
    name    = "app"
    image   = "app:1"
    pidMode = "host"
  }])
}

resource "aws_ecs_task_definition" "unknown" {
  family   = "unknown"
  pid_mode = var.pid
  container_definitions = jsonencode([{
    name  = "app"
    image = "app:1"
  }])
}
