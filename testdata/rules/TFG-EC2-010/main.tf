# TFG-EC2-010: Auto Scaling groups without a launch template: a launch configuration;
# launch templates directly or in a mixed instances policy pass.

resource "aws_launch_configuration" "web" {
  name_prefix   = "web-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_launch_template" "web" {
  name_prefix = "web-"
  image_id    = "ami-0123456789abcdef0"
}

resource "aws_autoscaling_group" "configuration" {
  name                 = "configuration"
  min_size             = 1
  max_size             = 2
  vpc_zone_identifier  = ["subnet-0123456789abcdef0"]
  launch_configuration = aws_launch_configuration.web.name # expect: TFG-EC2-010
}

resource "aws_autoscaling_group" "template" {
  name                = "template"
  min_size            = 1
  max_size            = 2
  vpc_zone_identifier = ["subnet-0123456789abcdef0"]

  launch_template {
    id      = aws_launch_template.web.id
    version = "$Latest"
  }
}

resource "aws_autoscaling_group" "mixed" {
  name                = "mixed"
  min_size            = 1
  max_size            = 2
  vpc_zone_identifier = ["subnet-0123456789abcdef0"]

  mixed_instances_policy {
    launch_template {
      launch_template_specification {
        launch_template_id = aws_launch_template.web.id
      }
    }
  }
}
