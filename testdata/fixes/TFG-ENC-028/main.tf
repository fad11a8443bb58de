resource "aws_lb" "web" {
  name               = "web"
  internal           = true
  load_balancer_type = "application"

  subnets = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
}
