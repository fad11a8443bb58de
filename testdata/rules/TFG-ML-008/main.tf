# TFG-ML-008: endpoint configurations without a customer managed key.

variable "unknown_key" {}

resource "aws_kms_key" "serve" {
  description         = "endpoints"
  enable_key_rotation = true
}

resource "aws_sagemaker_endpoint_configuration" "no_key" { # expect: TFG-ML-008
  name = "no-key"

  production_variants {
    variant_name           = "main"
    model_name             = "churn"
    initial_instance_count = 1
    instance_type          = "ml.m5.large"
  }
}

resource "aws_sagemaker_endpoint_configuration" "aws_managed" {
  name        = "aws-managed"
  kms_key_arn = "alias/aws/sagemaker" # expect: TFG-ML-008

  production_variants {
    variant_name           = "main"
    model_name             = "churn"
    initial_instance_count = 1
    instance_type          = "ml.m5.large"
  }
}

resource "aws_sagemaker_endpoint_configuration" "cmk" {
  name        = "cmk"
  kms_key_arn = aws_kms_key.serve.arn

  production_variants {
    variant_name           = "main"
    model_name             = "churn"
    initial_instance_count = 1
    instance_type          = "ml.m5.large"
  }
}

resource "aws_sagemaker_endpoint_configuration" "unknown" {
  name        = "unknown"
  kms_key_arn = var.unknown_key

  production_variants {
    variant_name           = "main"
    model_name             = "churn"
    initial_instance_count = 1
    instance_type          = "ml.m5.large"
  }
}
