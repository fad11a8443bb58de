provider "aws" {
  region = "eu-west-1"
}

provider "aws" {
  alias  = "tagged"
  region = "eu-central-1"
  default_tags {
    tags = { owner = "platform" }
  }
}

resource "aws_s3_bucket" "logs" {
  bucket = "central-logs"
}

resource "aws_s3_bucket" "data" {
  bucket = "prod-data"
}

resource "aws_s3_bucket" "scratch" {
  bucket = "dev-scratch"
}

resource "aws_ebs_volume" "plain" {
  availability_zone = "eu-west-1a"
  size              = 10
}

resource "aws_ebs_volume" "sealed" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = true
}

resource "aws_cloudwatch_log_group" "short" {
  name              = "short"
  retention_in_days = 3
}

module "small" {
  source = "./modules/app"
  size   = "small"
}

module "huge" {
  source = "./modules/app"
  size   = "huge"
}

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "1.5.0"
}

module "dns" {
  source  = "terraform-aws-modules/route53/aws"
  version = "2.11.0"
}
