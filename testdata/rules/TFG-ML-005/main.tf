# TFG-ML-005: notebooks outside the account's VPC: no subnet, an empty one; a subnet of the
# configuration or a literal one passes, an unknown one is undecided.

variable "unknown_subnet" {}

resource "aws_subnet" "ml" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.1.0/24"
}

resource "aws_sagemaker_notebook_instance" "no_subnet" { # expect: TFG-ML-005
  name          = "no-subnet"
  role_arn      = "arn:aws:iam::123456789012:role/nb"
  instance_type = "ml.t3.medium"
}

resource "aws_sagemaker_notebook_instance" "empty_subnet" {
  name          = "empty-subnet"
  role_arn      = "arn:aws:iam::123456789012:role/nb"
  instance_type = "ml.t3.medium"
  subnet_id     = "" # expect: TFG-ML-005
}

resource "aws_sagemaker_notebook_instance" "in_vpc" {
  name            = "in-vpc"
  role_arn        = "arn:aws:iam::123456789012:role/nb"
  instance_type   = "ml.t3.medium"
  subnet_id       = aws_subnet.ml.id
  security_groups = ["sg-0123456789abcdef0"]
}

resource "aws_sagemaker_notebook_instance" "literal_subnet" {
  name            = "literal-subnet"
  role_arn        = "arn:aws:iam::123456789012:role/nb"
  instance_type   = "ml.t3.medium"
  subnet_id       = "subnet-0123456789abcdef0"
  security_groups = ["sg-0123456789abcdef0"]
}

resource "aws_sagemaker_notebook_instance" "unknown" {
  name          = "unknown"
  role_arn      = "arn:aws:iam::123456789012:role/nb"
  instance_type = "ml.t3.medium"
  subnet_id     = var.unknown_subnet
}
