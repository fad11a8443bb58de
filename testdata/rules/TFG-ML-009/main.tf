# TFG-ML-009: models without network isolation: unset (default false), false; true passes,
# unknown is undecided.

variable "unknown_isolation" {}

resource "aws_sagemaker_model" "default" { # expect: TFG-ML-009
  name               = "default"
  execution_role_arn = "arn:aws:iam::123456789012:role/models"

  primary_container {
    image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/churn:1.4"
  }
}

resource "aws_sagemaker_model" "off" {
  name                     = "off"
  execution_role_arn       = "arn:aws:iam::123456789012:role/models"
  enable_network_isolation = false # expect: TFG-ML-009

  primary_container {
    image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/churn:1.4"
  }
}

resource "aws_sagemaker_model" "isolated" {
  name                     = "isolated"
  execution_role_arn       = "arn:aws:iam::123456789012:role/models"
  enable_network_isolation = true

  primary_container {
    image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/churn:1.4"
  }
}

resource "aws_sagemaker_model" "unknown" {
  name                     = "unknown"
  execution_role_arn       = "arn:aws:iam::123456789012:role/models"
  enable_network_isolation = var.unknown_isolation

  primary_container {
    image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/churn:1.4"
  }
}
