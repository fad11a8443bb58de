# TFG-EC2-008: instances in the VPC's default security group: the managed default group,
# a lookup of the group named default (by name and by filter), the name "default" in
# security_groups; groups of their own pass; no group at all is TFG-EC2-009's; unknown
# elements are undecided.

variable "unknown_group" {}

resource "aws_default_security_group" "default" {
  vpc_id = "vpc-0123456789abcdef0"
}

data "aws_security_group" "default_by_name" {
  vpc_id = "vpc-0123456789abcdef0"
  name   = "default"
}

data "aws_security_group" "default_by_filter" {
  vpc_id = "vpc-0123456789abcdef0"

  filter {
    name   = "group-name"
    values = ["default"]
  }
}

data "aws_security_group" "shared" {
  vpc_id = "vpc-0123456789abcdef0"
  name   = "shared-services"
}

resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_instance" "managed_default" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.web.id, aws_default_security_group.default.id] # expect: TFG-EC2-008
}

resource "aws_instance" "lookup_by_name" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [data.aws_security_group.default_by_name.id] # expect: TFG-EC2-008
}

resource "aws_instance" "lookup_by_filter" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [data.aws_security_group.default_by_filter.id] # expect: TFG-EC2-008
}

resource "aws_instance" "by_name" {
  ami             = "ami-0123456789abcdef0"
  instance_type   = "t3.micro"
  security_groups = ["default"] # expect: TFG-EC2-008
}

resource "aws_instance" "own_group" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.web.id, data.aws_security_group.shared.id, "sg-0123456789abcdef0"]
}

resource "aws_instance" "no_group" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_instance" "unknown" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [var.unknown_group]
}
