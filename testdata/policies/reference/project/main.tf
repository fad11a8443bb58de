terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}

provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "replica"
  region = "ap-south-1"
}

resource "aws_instance" "test_runner" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.small"
  tags          = { env = "testing" }
}

resource "aws_instance" "batch" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "c5.4xlarge"
}

module "network" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "0.9.0"
}
