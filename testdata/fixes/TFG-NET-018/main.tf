resource "aws_lb" "api" {
  name                       = "api"
  load_balancer_type         = "application"
  drop_invalid_header_fields = true
}
