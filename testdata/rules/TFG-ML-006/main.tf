# TFG-ML-006: notebooks that accept IMDSv1: no configuration block (IMDSv1 by default), an
# explicit "1"; "2" passes, an unknown version is undecided.

variable "unknown_version" {}

resource "aws_sagemaker_notebook_instance" "no_block" { # expect: TFG-ML-006
  name          = "no-block"
  role_arn      = "arn:aws:iam::123456789012:role/nb"
  instance_type = "ml.t3.medium"
}

resource "aws_sagemaker_notebook_instance" "v1" {
  name          = "v1"
  role_arn      = "arn:aws:iam::123456789012:role/nb"
  instance_type = "ml.t3.medium"

  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "1" # expect: TFG-ML-006
  }
}

resource "aws_sagemaker_notebook_instance" "v2" {
  name          = "v2"
  role_arn      = "arn:aws:iam::123456789012:role/nb"
  instance_type = "ml.t3.medium"

  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
}

resource "aws_sagemaker_notebook_instance" "unknown" {
  name          = "unknown"
  role_arn      = "arn:aws:iam::123456789012:role/nb"
  instance_type = "ml.t3.medium"

  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = var.unknown_version
  }
}
