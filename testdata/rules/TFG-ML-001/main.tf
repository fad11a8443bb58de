# TFG-ML-001: notebooks with direct internet access: unset (SageMaker's default is
# "Enabled"), explicit, through a variable, with count; disabled ones and unknown values pass
# or stay undecided.

variable "access" {
  default = "Enabled"
}

variable "unknown_access" {}

resource "aws_sagemaker_notebook_instance" "default_access" { # expect: TFG-ML-001
  name          = "default-access"
  role_arn      = "arn:aws:iam::123456789012:role/nb"
  instance_type = "ml.t3.medium"
}

resource "aws_sagemaker_notebook_instance" "enabled" {
  count                  = 2
  name                   = "enabled-${count.index}"
  role_arn               = "arn:aws:iam::123456789012:role/nb"
  instance_type          = "ml.t3.medium"
  direct_internet_access = "Enabled" # expect: TFG-ML-001
}

resource "aws_sagemaker_notebook_instance" "from_variable" {
  name                   = "from-variable"
  role_arn               = "arn:aws:iam::123456789012:role/nb"
  instance_type          = "ml.t3.medium"
  direct_internet_access = var.access # expect: TFG-ML-001
}

resource "aws_sagemaker_notebook_instance" "disabled" {
  name                   = "disabled"
  role_arn               = "arn:aws:iam::123456789012:role/nb"
  instance_type          = "ml.t3.medium"
  subnet_id              = "subnet-0123456789abcdef0"
  security_groups        = ["sg-0123456789abcdef0"]
  direct_internet_access = "Disabled"
}

resource "aws_sagemaker_notebook_instance" "unknown" {
  name                   = "unknown"
  role_arn               = "arn:aws:iam::123456789012:role/nb"
  instance_type          = "ml.t3.medium"
  direct_internet_access = var.unknown_access
}
