resource "aws_lb" "api" {
  name                       = "api"
  load_balancer_type         = "application"
  drop_invalid_header_fields = true

  subnets = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
}
