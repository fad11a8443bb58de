# TFG-EC2-003: instances without detailed monitoring: unset (default false), false, in a
# module with for_each; true passes, unknown is undecided.

variable "unknown_monitoring" {}

resource "aws_instance" "default" { # expect: TFG-EC2-003
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_instance" "off" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  monitoring    = false # expect: TFG-EC2-003
}

resource "aws_instance" "on" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  monitoring    = true
}

resource "aws_instance" "unknown" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  monitoring    = var.unknown_monitoring
}

module "workers" {
  source     = "./worker"
  for_each   = toset(["a", "b"])
  monitoring = each.key == "a"
}
