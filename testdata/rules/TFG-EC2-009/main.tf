# TFG-EC2-009: instances that name no VPC security group: nothing (the default group), an
# empty list, only security_groups names; groups, network interfaces pass; launch templates
# and unknown values are undecided.

variable "unknown_groups" {}

resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_instance" "nothing" { # expect: TFG-EC2-009
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_instance" "empty" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [] # expect: TFG-EC2-009
}

resource "aws_instance" "names_only" {
  ami             = "ami-0123456789abcdef0"
  instance_type   = "t3.micro"
  security_groups = ["web"] # expect: TFG-EC2-009
}

resource "aws_instance" "groups" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.web.id]
}

resource "aws_network_interface" "web" {
  subnet_id       = "subnet-0123456789abcdef0"
  security_groups = [aws_security_group.web.id]
}

resource "aws_instance" "interface" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  network_interface {
    network_interface_id = aws_network_interface.web.id
    device_index         = 0
  }
}

resource "aws_instance" "unknown" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  vpc_security_group_ids = var.unknown_groups
}

resource "aws_instance" "from_template" {
  launch_template {
    name = "golden"
  }
}
