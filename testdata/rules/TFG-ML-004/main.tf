# TFG-ML-004: SageMaker domains without a customer managed key.

variable "unknown_key" {}

resource "aws_kms_key" "studio" {
  description         = "studio"
  enable_key_rotation = true
}

resource "aws_sagemaker_domain" "no_key" { # expect: TFG-ML-004
  domain_name = "no-key"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0123456789abcdef0"
  subnet_ids  = ["subnet-0123456789abcdef0"]

  default_user_settings {
    execution_role = "arn:aws:iam::123456789012:role/studio"
  }
}

resource "aws_sagemaker_domain" "aws_managed" {
  domain_name = "aws-managed"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0123456789abcdef0"
  subnet_ids  = ["subnet-0123456789abcdef0"]
  kms_key_id  = "arn:aws:kms:eu-west-1:123456789012:alias/aws/sagemaker" # expect: TFG-ML-004

  default_user_settings {
    execution_role = "arn:aws:iam::123456789012:role/studio"
  }
}

resource "aws_sagemaker_domain" "cmk" {
  domain_name = "cmk"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0123456789abcdef0"
  subnet_ids  = ["subnet-0123456789abcdef0"]
  kms_key_id  = aws_kms_key.studio.arn

  default_user_settings {
    execution_role = "arn:aws:iam::123456789012:role/studio"
  }
}

resource "aws_sagemaker_domain" "unknown" {
  domain_name = "unknown"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0123456789abcdef0"
  subnet_ids  = ["subnet-0123456789abcdef0"]
  kms_key_id  = var.unknown_key

  default_user_settings {
    execution_role = "arn:aws:iam::123456789012:role/studio"
  }
}
