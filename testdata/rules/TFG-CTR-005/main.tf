# TFG-CTR-005: EKS Kubernetes version against the calendar read on 2026-12-07. Past
# extended support, in extended support, supported, newer than the table, unset, unknown, a
# number, a module input.

variable "k8s_version" {}

resource "aws_eks_cluster" "ancient" {
  name     = "ancient"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  version  = "1.21" # expect: TFG-CTR-005

  vpc_config {
    subnet_ids = ["subnet-1"]
  }
}

resource "aws_eks_cluster" "extended" {
  name     = "extended"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  version  = "1.33" # expect: TFG-CTR-005

  vpc_config {
    subnet_ids = ["subnet-1"]
  }
}

resource "aws_eks_cluster" "just_ended" {
  name     = "just-ended"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  version  = 1.34 # expect: TFG-CTR-005

  vpc_config {
    subnet_ids = ["subnet-1"]
  }
}

resource "aws_eks_cluster" "supported" {
  name     = "supported"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  version  = "1.35"

  vpc_config {
    subnet_ids = ["subnet-1"]
  }
}

resource "aws_eks_cluster" "newer" {
  name     = "newer"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  version  = "1.36"

  vpc_config {
    subnet_ids = ["subnet-1"]
  }
}

resource "aws_eks_cluster" "unset" {
  name     = "unset"
  role_arn = "arn:aws:iam::123456789012:role/eks"

  vpc_config {
    subnet_ids = ["subnet-1"]
  }
}

resource "aws_eks_cluster" "unknown" {
  name     = "unknown"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  version  = var.k8s_version

  vpc_config {
    subnet_ids = ["subnet-1"]
  }
}

module "cluster" {
  source  = "./modules/cluster"
  version_in = "1.29"
}
