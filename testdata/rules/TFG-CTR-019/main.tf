# TFG-CTR-019: ECS service public IPs. true, false, unset, no network configuration,
# unknown, for_each.

variable "public_ip" {}

resource "aws_ecs_service" "public" {
  for_each        = toset(["a", "b"])
  name            = "public-${each.key}"
  task_definition = "app:1"
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = ["subnet-1"]
    assign_public_ip = true # expect: TFG-CTR-019
  }
}

resource "aws_ecs_service" "private" {
  name            = "private"
  task_definition = "app:1"
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = ["subnet-1"]
    assign_public_ip = false
  }
}

resource "aws_ecs_service" "unset" {
  name            = "unset"
  task_definition = "app:1"
  launch_type     = "FARGATE"

  network_configuration {
    subnets = ["subnet-1"]
  }
}

resource "aws_ecs_service" "bridge" {
  name            = "bridge"
  task_definition = "app:1"
}

resource "aws_ecs_service" "unknown" {
  name            = "unknown"
  task_definition = "app:1"
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = ["subnet-1"]
    assign_public_ip = var.public_ip
  }
}
