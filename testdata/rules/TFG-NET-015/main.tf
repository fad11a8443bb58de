variable "public" {
  default = true
}

resource "aws_subnet" "public" {
  vpc_id                  = "vpc-1"
  cidr_block              = "10.0.1.0/24"
  map_public_ip_on_launch = var.public # expect: TFG-NET-015
}

resource "aws_subnet" "private" {
  vpc_id     = "vpc-1"
  cidr_block = "10.0.2.0/24"
}

resource "aws_default_subnet" "default" { # expect: TFG-NET-015
  availability_zone = "eu-west-1a"
}

resource "aws_default_subnet" "tamed" {
  availability_zone       = "eu-west-1b"
  map_public_ip_on_launch = false
}
