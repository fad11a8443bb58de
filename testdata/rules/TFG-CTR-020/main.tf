# TFG-CTR-020: Fargate platform version. An old pin, a pin to today's latest, LATEST, unset,
# EC2 with a version, a Fargate capacity provider, unknown launch type and version.

variable "launch_type" {}

variable "platform" {}

resource "aws_ecs_service" "old" {
  name             = "old"
  task_definition  = "app:1"
  launch_type      = "FARGATE"
  platform_version = "1.3.0" # expect: TFG-CTR-020
}

resource "aws_ecs_service" "pinned_latest" {
  name             = "pinned-latest"
  task_definition  = "app:1"
  launch_type      = "FARGATE"
  platform_version = "1.4.0" # expect: TFG-CTR-020
}

resource "aws_ecs_service" "capacity_provider" {
  name             = "capacity-provider"
  task_definition  = "app:1"
  platform_version = "1.4.0" # expect: TFG-CTR-020

  capacity_provider_strategy {
    capacity_provider = "FARGATE_SPOT"
    weight            = 1
  }
}

resource "aws_ecs_service" "latest" {
  name             = "latest"
  task_definition  = "app:1"
  launch_type      = "FARGATE"
  platform_version = "LATEST"
}

resource "aws_ecs_service" "unset" {
  name            = "unset"
  task_definition = "app:1"
  launch_type     = "FARGATE"
}

resource "aws_ecs_service" "ec2" {
  name             = "ec2"
  task_definition  = "app:1"
  launch_type      = "EC2"
  platform_version = "1.4.0"
}

resource "aws_ecs_service" "unknown_launch" {
  name             = "unknown-launch"
  task_definition  = "app:1"
  launch_type      = var.launch_type
  platform_version = "1.4.0"
}

resource "aws_ecs_service" "unknown_version" {
  name             = "unknown-version"
  task_definition  = "app:1"
  launch_type      = "FARGATE"
  platform_version = var.platform
}
