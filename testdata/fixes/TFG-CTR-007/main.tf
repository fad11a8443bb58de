resource "aws_ecr_repository" "unset" {
  name = "unset"
}

resource "aws_ecr_repository" "off" {
  name = "off"

  image_scanning_configuration {
    scan_on_push = false
  }
}
