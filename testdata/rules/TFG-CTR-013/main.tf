# TFG-CTR-013: privileged ECS containers. jsonencode with one privileged container of two,
# a heredoc, privileged false, an unknown flag, a template file,
# definitions unknown before apply, count.

variable "privileged" {}

variable "definitions" {}

resource "aws_ecs_task_definition" "mixed" {
  count  = 2
  family = "mixed-${count.index}"
  container_definitions = jsonencode([ # expect: TFG-CTR-013
    {
      name      = "app"
      image     = "app:1"
      essential = true
    },
    {
      name       = "agent"
      image      = "agent:1"
      privileged = true
    }
  ])
}

resource "aws_ecs_task_definition" "heredoc" {
  family = "heredoc"
  # expect-below: TFG-CTR-013
  container_definitions = <<DEFS
[
  {"name": "app", "image": "app:1", "privileged": true}
]
DEFS
}

resource "aws_ecs_task_definition" "from_file" {
  family                = "from-file"
  container_definitions = templatefile("${path.module}/containers.json.tpl", { image = "app:1" }) # expect: TFG-CTR-013
}

resource "aws_ecs_task_definition" "not_privileged" {
  family = "not-privileged"
  container_definitions = jsonencode([{
    name       = "app"
    image      = "app:1"
    privileged = false
  }])
}

resource "aws_ecs_task_definition" "unknown_flag" {
  family = "unknown-flag"
  container_definitions = jsonencode([{
    name       = "app"
    image      = "app:1"
    privileged = var.privileged
  }])
}

resource "aws_ecs_task_definition" "unknown_definitions" {
  family                = "unknown-definitions"
  container_definitions = var.definitions
}

variable "env" {}

resource "aws_ecs_task_definition" "unknown_name" {
  family = "unknown-name"
  container_definitions = jsonencode([{ # expect: TFG-CTR-013
    name       = "web-${var.env}"
    image      = "web:1"
    privileged = true
  }])
}

variable "image" {}

resource "aws_ecs_task_definition" "heredoc_interpolated" {
  family = "heredoc-interpolated"
  # expect-below: TFG-CTR-013
  container_definitions = <<DEFS
[
  {"name": "web", "image": "${var.image}", "memory": ${var.memory}, "privileged": true},
  {"name": "log", "image": "${var.image}", "privileged": false}
]
DEFS
}

variable "memory" {}

resource "aws_ecs_task_definition" "heredoc_unknown_flag" {
  family                = "heredoc-unknown-flag"
  container_definitions = <<DEFS
[
  {"name": "web", "image": "web:1", "privileged": ${var.privileged}}
]
DEFS
}
