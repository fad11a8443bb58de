# TFG-CTR-010: ECS Container Insights. No setting, disabled, enabled, enhanced, unknown,
# count.

variable "insights" {}

resource "aws_ecs_cluster" "unset" { # expect: TFG-CTR-010
  count = 2
  name  = "unset-${count.index}"
}

resource "aws_ecs_cluster" "disabled" {
  name = "disabled"

  setting {
    name  = "containerInsights"
    value = "disabled" # expect: TFG-CTR-010
  }
}

resource "aws_ecs_cluster" "enabled" {
  name = "enabled"

  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

resource "aws_ecs_cluster" "enhanced" {
  name = "enhanced"

  setting {
    name  = "containerInsights"
    value = "enhanced"
  }
}

resource "aws_ecs_cluster" "unknown" {
  name = "unknown"

  setting {
    name  = "containerInsights"
    value = var.insights
  }
}
