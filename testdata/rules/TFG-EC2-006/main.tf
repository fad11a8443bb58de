# TFG-EC2-006: AMI lookups without owners and without a name pattern; owners, an owner or
# image-id filter pass; a name pattern is TFG-EC2-005's; unknown owners are undecided.

variable "unknown_owners" {}

data "aws_ami" "exact_name" { # expect: TFG-EC2-006
  most_recent = true

  filter {
    name   = "name"
    values = ["golden-web-2024-06-01"]
  }
}

data "aws_ami" "tags_only" { # expect: TFG-EC2-006
  most_recent = true
  owners      = []

  filter {
    name   = "tag:Role"
    values = ["web"]
  }
}

data "aws_ami" "self" {
  most_recent = true
  owners      = ["self"]

  filter {
    name   = "name"
    values = ["golden-web-2024-06-01"]
  }
}

data "aws_ami" "image_id" {
  filter {
    name   = "image-id"
    values = ["ami-0123456789abcdef0"]
  }
}

data "aws_ami" "pattern" {
  most_recent = true

  filter {
    name   = "name"
    values = ["golden-*"]
  }
}

data "aws_ami" "unknown_owners" {
  most_recent = true
  owners      = var.unknown_owners

  filter {
    name   = "name"
    values = ["golden-web-2024-06-01"]
  }
}
