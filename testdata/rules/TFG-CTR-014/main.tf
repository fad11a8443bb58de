# TFG-CTR-014: writable root filesystems. Unset, false, true, one of two containers, an
# unknown flag, a module passing the definitions in.

variable "read_only" {}

resource "aws_ecs_task_definition" "unset" {
  family = "unset"
  container_definitions = jsonencode([{ # expect: TFG-CTR-014
    name  = "app"
    image = "app:1"
  }])
}

resource "aws_ecs_task_definition" "explicit_false" {
  family = "explicit-false"
  container_definitions = jsonencode([{ # expect: TFG-CTR-014
    name                   = "app"
    image                  = "app:1"
    readonlyRootFilesystem = false
  }])
}

resource "aws_ecs_task_definition" "one_of_two" {
  family = "one-of-two"
  container_definitions = jsonencode([ # expect: TFG-CTR-014
    {
      name                   = "app"
      image                  = "app:1"
      readonlyRootFilesystem = true
    },
    {
      name  = "sidecar"
      image = "sidecar:1"
    }
  ])
}

resource "aws_ecs_task_definition" "read_only" {
  family = "read-only"
  container_definitions = jsonencode([{
    name                   = "app"
    image                  = "app:1"
    readonlyRootFilesystem = true
  }])
}

resource "aws_ecs_task_definition" "unknown" {
  family = "unknown"
  container_definitions = jsonencode([{
    name                   = "app"
    image                  = "app:1"
    readonlyRootFilesystem = var.read_only
  }])
}

module "service" {
  source = "./modules/service"
  containers = [{
    name  = "worker"
    image = "worker:1"
  }]
}

resource "aws_ecs_task_definition" "windows" {
  family                   = "windows"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 1024
  memory                   = 2048

  runtime_platform {
    operating_system_family = "WINDOWS_SERVER_2022_CORE"
    cpu_architecture        = "X86_64"
  }

  container_definitions = jsonencode([{
    name  = "iis"
    image = "mcr.microsoft.com/windows/servercore/iis"
  }])
}
