# Cases of the rule: container environments written with jsonencode (known, and with unknown
# parts), a heredoc and a file; secrets by name and by token shape; `secrets` entries,
# pointers and values from resources pass.

variable "image_tag" {}

resource "aws_secretsmanager_secret" "db" {
  name = "db"
}

resource "aws_ecs_task_definition" "jsonencoded" {
  family = "jsonencoded"
  container_definitions = jsonencode([ # expect: TFG-SEC-003
    {
      name  = "api"
      image = "nginx:${var.image_tag}"
      environment = [
        { name = "LOG_LEVEL", value = "info" },
        { name = "DB_PASSWORD", value = "correct-horse-battery" },
      ]
    }
  ])
}

resource "aws_ecs_task_definition" "heredoc" {
  family                = "heredoc"
  # expect-below: TFG-SEC-003
  container_definitions = <<-JSON
    [
      {
        "name": "worker",
        "image": "worker:1",
        "environment": [
          {"name": "AWS_ACCESS_KEY_ID", "value": "AKIAIOSFODNN7EXAMPLE"}
        ]
      }
    ]
  JSON
}

resource "aws_ecs_task_definition" "from_file" {
  family                = "from-file"
  container_definitions = file("${path.module}/containers.json") # expect: TFG-SEC-003
}

# Good.
resource "aws_ecs_task_definition" "secrets" {
  family = "secrets"
  container_definitions = jsonencode([
    {
      name  = "api"
      image = "nginx:1"
      environment = [
        { name = "DB_PASSWORD_SECRET_ARN", value = aws_secretsmanager_secret.db.arn },
        { name = "SECRET_NAME", value = "db" },
      ]
      secrets = [
        { name = "DB_PASSWORD", valueFrom = aws_secretsmanager_secret.db.arn },
      ]
    }
  ])
}
