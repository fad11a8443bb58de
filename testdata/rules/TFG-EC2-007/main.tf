# TFG-EC2-007: instances without an instance profile: unset, empty; a profile of the
# configuration or a literal name passes; unknown values and launch templates are undecided.

variable "unknown_profile" {}

resource "aws_iam_instance_profile" "web" {
  name = "web"
  role = "web"
}

resource "aws_instance" "no_profile" { # expect: TFG-EC2-007
  for_each      = toset(["a", "b"])
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_instance" "empty" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = "" # expect: TFG-EC2-007
}

resource "aws_instance" "profile" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = aws_iam_instance_profile.web.name
}

resource "aws_instance" "literal" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = "ssm-managed"
}

resource "aws_instance" "unknown" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = var.unknown_profile
}

resource "aws_instance" "from_template" {
  launch_template {
    name = "golden"
  }
}
