# TFG-CTR-016: network mode. host, bridge, awsvpc, none, unset, unknown, for_each.

variable "mode" {}

resource "aws_ecs_task_definition" "host" {
  family       = "host"
  network_mode = "host" # expect: TFG-CTR-016
  container_definitions = jsonencode([{
    name  = "app"
    image = "app:1"
  }])
}

resource "aws_ecs_task_definition" "bridge" {
  for_each     = toset(["a", "b"])
  family       = "bridge-${each.key}"
  network_mode = "bridge" # expect: TFG-CTR-016
  container_definitions = jsonencode([{
    name  = "app"
    image = "app:1"
  }])
}

resource "aws_ecs_task_definition" "awsvpc" {
  family       = "awsvpc"
  network_mode = "awsvpc"
  container_definitions = jsonencode([{
    name  = "app"
    image = "app:1"
  }])
}

resource "aws_ecs_task_definition" "none" {
  family       = "none"
  network_mode = "none"
  container_definitions = jsonencode([{
    name  = "batch"
    image = "batch:1"
  }])
}

resource "aws_ecs_task_definition" "unset" {
  family = "unset"
  container_definitions = jsonencode([{
    name  = "app"
    image = "app:1"
  }])
}

resource "aws_ecs_task_definition" "unknown" {
  family       = "unknown"
  network_mode = var.mode
  container_definitions = jsonencode([{
    name  = "app"
    image = "app:1"
  }])
}
