resource "aws_lb" "web" {
  name               = "web"
  internal           = true
  load_balancer_type = "application"
}
