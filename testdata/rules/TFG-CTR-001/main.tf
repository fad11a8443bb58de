# TFG-CTR-001: EKS public API endpoint. Unset (default true), explicit true, a private
# endpoint, a value from a variable with and without a default, count.

variable "public_endpoint" {
  default = true
}

variable "unknown_public" {}

resource "aws_eks_cluster" "default_public" {
  name     = "default-public"
  role_arn = "arn:aws:iam::123456789012:role/eks"

  vpc_config { # expect: TFG-CTR-001
    subnet_ids = ["subnet-1", "subnet-2"]
  }
}

resource "aws_eks_cluster" "explicit" {
  count    = 2
  name     = "explicit-${count.index}"
  role_arn = "arn:aws:iam::123456789012:role/eks"

  vpc_config {
    subnet_ids             = ["subnet-1", "subnet-2"]
    endpoint_public_access = true # expect: TFG-CTR-001
    public_access_cidrs    = ["198.51.100.0/24"]
  }
}

resource "aws_eks_cluster" "from_variable" {
  name     = "from-variable"
  role_arn = "arn:aws:iam::123456789012:role/eks"

  vpc_config {
    subnet_ids             = ["subnet-1", "subnet-2"]
    endpoint_public_access = var.public_endpoint # expect: TFG-CTR-001
    public_access_cidrs    = ["198.51.100.0/24"]
  }
}

resource "aws_eks_cluster" "private" {
  name     = "private"
  role_arn = "arn:aws:iam::123456789012:role/eks"

  vpc_config {
    subnet_ids              = ["subnet-1", "subnet-2"]
    endpoint_private_access = true
    endpoint_public_access  = false
  }
}

resource "aws_eks_cluster" "unknown" {
  name     = "unknown"
  role_arn = "arn:aws:iam::123456789012:role/eks"

  vpc_config {
    subnet_ids             = ["subnet-1", "subnet-2"]
    endpoint_public_access = var.unknown_public
  }
}
