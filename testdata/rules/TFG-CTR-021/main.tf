# TFG-CTR-021: privileged Batch jobs. container_properties privileged, not privileged, a
# heredoc, ecs_properties with one privileged container, unknown properties, count.

variable "props" {}

resource "aws_batch_job_definition" "privileged" {
  count = 2
  name  = "privileged-${count.index}"
  type  = "container"
  container_properties = jsonencode({ # expect: TFG-CTR-021
    image      = "etl:1"
    privileged = true
  })
}

resource "aws_batch_job_definition" "heredoc" {
  name = "heredoc"
  type = "container"
  # expect-below: TFG-CTR-021
  container_properties = <<PROPS
{"image": "etl:1", "privileged": true}
PROPS
}

resource "aws_batch_job_definition" "plain" {
  name = "plain"
  type = "container"
  container_properties = jsonencode({
    image = "etl:1"
  })
}

resource "aws_batch_job_definition" "ecs" {
  name                  = "ecs"
  type                  = "container"
  platform_capabilities = ["FARGATE"]
  ecs_properties = jsonencode({ # expect: TFG-CTR-021
    taskProperties = [{
      containers = [
        { name = "main", image = "etl:1", essential = true },
        { name = "helper", image = "helper:1", privileged = true }
      ]
    }]
  })
}

resource "aws_batch_job_definition" "unknown" {
  name                 = "unknown"
  type                 = "container"
  container_properties = var.props
}

resource "aws_batch_job_definition" "eks" {
  name = "eks"
  type = "container"

  eks_properties {
    pod_properties {
      containers {
        image = "etl:1"
        security_context {
          privileged = true # expect: TFG-CTR-021
        }
      }
    }
  }
}

resource "aws_batch_job_definition" "eks_plain" {
  name = "eks-plain"
  type = "container"

  eks_properties {
    pod_properties {
      containers {
        image = "etl:1"
        security_context {
          run_as_non_root = true
        }
      }
    }
  }
}
