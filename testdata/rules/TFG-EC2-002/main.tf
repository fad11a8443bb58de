# TFG-EC2-002: metadata hop limit above 1 on launch templates and configurations; 1 and
# unset (EC2's default 1) pass, unknown is undecided. Instances are not examined.

variable "unknown_limit" {}

resource "aws_launch_template" "two" {
  name_prefix = "two-"
  image_id    = "ami-0123456789abcdef0"

  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 2 # expect: TFG-EC2-002
  }
}

resource "aws_launch_configuration" "sixty_four" {
  name_prefix   = "sixty-four-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 64 # expect: TFG-EC2-002
  }
}

resource "aws_launch_template" "one" {
  name_prefix = "one-"
  image_id    = "ami-0123456789abcdef0"

  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}

resource "aws_launch_template" "unset" {
  name_prefix = "unset-"
  image_id    = "ami-0123456789abcdef0"

  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_launch_template" "no_block" {
  name_prefix = "no-block-"
  image_id    = "ami-0123456789abcdef0"
}

resource "aws_launch_template" "unknown" {
  name_prefix = "unknown-"
  image_id    = "ami-0123456789abcdef0"

  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = var.unknown_limit
  }
}

resource "aws_instance" "not_examined" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 3
  }
}
