# TFG-EC2-005: AMI lookups with a name pattern and no owners; owners, an owner filter or an
# image-id filter pass; a lookup without owners and without a pattern is TFG-EC2-006's; unknown
# owners are undecided.

variable "unknown_owners" {}

data "aws_ami" "pattern" {
  most_recent = true

  filter { # expect: TFG-EC2-005
    name   = "name"
    values = ["ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*"]
  }
}

data "aws_ami" "empty_owners" {
  most_recent = true
  owners      = []

  filter {
    name   = "architecture"
    values = ["x86_64"]
  }

  filter { # expect: TFG-EC2-005
    name   = "name"
    values = ["al2023-ami-2023.?.*"]
  }
}

data "aws_ami" "with_owners" {
  most_recent = true
  owners      = ["099720109477"]

  filter {
    name   = "name"
    values = ["ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*"]
  }
}

data "aws_ami" "owner_filter" {
  most_recent = true

  filter {
    name   = "owner-alias"
    values = ["amazon"]
  }

  filter {
    name   = "name"
    values = ["al2023-ami-*"]
  }
}

data "aws_ami" "exact_name" {
  most_recent = true

  filter {
    name   = "name"
    values = ["golden-web-2024-06-01"]
  }
}

data "aws_ami" "unknown_owners" {
  most_recent = true
  owners      = var.unknown_owners

  filter {
    name   = "name"
    values = ["golden-*"]
  }
}
