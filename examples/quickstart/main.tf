# A small but realistic root module: variables, locals, a module called twice,
# split S3 resources and a security group with dynamic rules.
# Try: cargo run --release -- check examples/quickstart
#      cargo run --release -- inspect examples/quickstart

terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}

variable "environment" {
  type    = string
  default = "staging"
}

variable "admin_cidrs" {
  type    = list(string)
  default = ["0.0.0.0/0"]
}

locals {
  name = "shop-${var.environment}"
  tags = {
    Environment = var.environment
    Owner       = "platform"
  }
}

resource "aws_s3_bucket" "assets" {
  bucket = "${local.name}-assets"
  tags   = local.tags
}

resource "aws_s3_bucket_public_access_block" "assets" {
  bucket                  = aws_s3_bucket.assets.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = false
}

resource "aws_s3_bucket_server_side_encryption_configuration" "assets" {
  bucket = aws_s3_bucket.assets.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

module "web" {
  source   = "./modules/web"
  for_each = toset(["blue", "green"])

  name        = "${local.name}-${each.key}"
  admin_cidrs = var.admin_cidrs
  tags        = local.tags
}
