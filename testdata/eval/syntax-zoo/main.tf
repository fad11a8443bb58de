# Every block type Terraform accepts parses; the ones that do not declare resources are
# ignored by evaluation. Provider-defined functions evaluate to unknown (no provider runs).
terraform {
  required_version = ">= 1.8"
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

provider "aws" {
  region = "eu-west-1"
}

moved {
  from = aws_s3_bucket.old
  to   = aws_s3_bucket.new
}

import {
  to = aws_s3_bucket.new
  id = "existing-bucket"
}

removed {
  from = aws_instance.gone
  lifecycle {
    destroy = false
  }
}

check "health" {
  data "http" "probe" {
    url = "https://example.com"
  }
  assert {
    condition     = true
    error_message = "unreachable"
  }
}

variable "settings" {
  type = object({
    name = string
    tags = optional(map(string), { Managed = "terraform" })
  })
  default = { name = "zoo" }
  validation {
    condition     = length(var.settings.name) > 0
    error_message = "Name must not be empty."
  }
}

resource "aws_s3_bucket" "new" {
  bucket = var.settings.name
  tags   = var.settings.tags

  lifecycle {
    prevent_destroy = true
    precondition {
      condition     = var.settings.name != ""
      error_message = "Bucket needs a name."
    }
  }
}

resource "aws_iam_policy" "p" {
  name   = "zoo-${provider::aws::arn_parse("arn:aws:s3:::x").service}"
  policy = <<-POLICY
    {
      "Version": "2012-10-17",
      "Statement": [
        %{~ for i, action in ["s3:GetObject", "s3:ListBucket"] ~}
        {"Effect": "Allow", "Action": "${action}", "Resource": "*"}%{ if i < 1 },%{ endif }
        %{~ endfor ~}
      ]
    }
  POLICY
}

resource "aws_ssm_parameter" "decoded" {
  name  = "zoo"
  value = jsondecode(aws_iam_policy.p.policy).Statement[1].Action
}
