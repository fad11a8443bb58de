# TFG-CTR-017: task role and execution role. One resource referenced twice, one literal ARN
# twice, two roles, only one role set, an unknown pair.

variable "role_arn" {}

variable "other_role_arn" {}

resource "aws_iam_role" "ecs" {
  name               = "ecs"
  assume_role_policy = "{}"
}

resource "aws_iam_role" "execution" {
  name               = "execution"
  assume_role_policy = "{}"
}

resource "aws_ecs_task_definition" "same_reference" {
  family             = "same-reference"
  task_role_arn      = aws_iam_role.ecs.arn # expect: TFG-CTR-017
  execution_role_arn = aws_iam_role.ecs.arn
  container_definitions = jsonencode([{
    name  = "app"
    image = "app:1"
  }])
}

resource "aws_ecs_task_definition" "same_literal" {
  family             = "same-literal"
  task_role_arn      = "arn:aws:iam::123456789012:role/app" # expect: TFG-CTR-017
  execution_role_arn = "arn:aws:iam::123456789012:role/app"
  container_definitions = jsonencode([{
    name  = "app"
    image = "app:1"
  }])
}

resource "aws_ecs_task_definition" "two_roles" {
  family             = "two-roles"
  task_role_arn      = aws_iam_role.ecs.arn
  execution_role_arn = aws_iam_role.execution.arn
  container_definitions = jsonencode([{
    name  = "app"
    image = "app:1"
  }])
}

resource "aws_ecs_task_definition" "execution_only" {
  family             = "execution-only"
  execution_role_arn = aws_iam_role.execution.arn
  container_definitions = jsonencode([{
    name  = "app"
    image = "app:1"
  }])
}

resource "aws_ecs_task_definition" "unknown" {
  family             = "unknown"
  task_role_arn      = var.role_arn
  execution_role_arn = var.other_role_arn
  container_definitions = jsonencode([{
    name  = "app"
    image = "app:1"
  }])
}
