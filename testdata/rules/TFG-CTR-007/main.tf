# TFG-CTR-007: ECR scan on push. Unset, false, true, unknown, count.

variable "scan" {}

resource "aws_ecr_repository" "unset" { # expect: TFG-CTR-007
  count = 2
  name  = "unset-${count.index}"
}

resource "aws_ecr_repository" "off" {
  name = "off"

  image_scanning_configuration {
    scan_on_push = false # expect: TFG-CTR-007
  }
}

resource "aws_ecr_repository" "on" {
  name = "on"

  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_ecr_repository" "unknown" {
  name = "unknown"

  image_scanning_configuration {
    scan_on_push = var.scan
  }
}
