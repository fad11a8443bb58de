variable "containers" {}

resource "aws_ecs_task_definition" "this" {
  family                = "service"
  container_definitions = jsonencode(var.containers) # expect: TFG-CTR-014
}
