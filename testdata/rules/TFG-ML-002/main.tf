# TFG-ML-002: notebooks that give root access: unset (default "Enabled"), explicit, in a
# module; "Disabled" passes and an unknown value is undecided.

variable "unknown_root" {}

resource "aws_sagemaker_notebook_instance" "default_root" { # expect: TFG-ML-002
  name          = "default-root"
  role_arn      = "arn:aws:iam::123456789012:role/nb"
  instance_type = "ml.t3.medium"
}

resource "aws_sagemaker_notebook_instance" "enabled" {
  name          = "enabled"
  role_arn      = "arn:aws:iam::123456789012:role/nb"
  instance_type = "ml.t3.medium"
  root_access   = "Enabled" # expect: TFG-ML-002
}

resource "aws_sagemaker_notebook_instance" "disabled" {
  name          = "disabled"
  role_arn      = "arn:aws:iam::123456789012:role/nb"
  instance_type = "ml.t3.medium"
  root_access   = "Disabled"
}

resource "aws_sagemaker_notebook_instance" "unknown" {
  name          = "unknown"
  role_arn      = "arn:aws:iam::123456789012:role/nb"
  instance_type = "ml.t3.medium"
  root_access   = var.unknown_root
}

module "team" {
  source = "./team"
  root   = "Enabled"
}
