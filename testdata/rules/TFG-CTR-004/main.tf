# TFG-CTR-004: EKS control-plane log types. Unset, a partial list, all five, an unknown
# list, a list with an unknown element that still misses types, a variable default.

variable "log_types" {}

variable "one_type" {}

variable "default_types" {
  default = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
}

resource "aws_eks_cluster" "unset" { # expect: TFG-CTR-004
  name     = "unset"
  role_arn = "arn:aws:iam::123456789012:role/eks"

  vpc_config {
    subnet_ids = ["subnet-1"]
  }
}

resource "aws_eks_cluster" "partial" {
  name                      = "partial"
  role_arn                  = "arn:aws:iam::123456789012:role/eks"
  enabled_cluster_log_types = ["api", "audit"] # expect: TFG-CTR-004

  vpc_config {
    subnet_ids = ["subnet-1"]
  }
}

resource "aws_eks_cluster" "all" {
  name                      = "all"
  role_arn                  = "arn:aws:iam::123456789012:role/eks"
  enabled_cluster_log_types = ["scheduler", "controllerManager", "authenticator", "audit", "api"]

  vpc_config {
    subnet_ids = ["subnet-1"]
  }
}

resource "aws_eks_cluster" "from_default" {
  name                      = "from-default"
  role_arn                  = "arn:aws:iam::123456789012:role/eks"
  enabled_cluster_log_types = var.default_types

  vpc_config {
    subnet_ids = ["subnet-1"]
  }
}

resource "aws_eks_cluster" "unknown" {
  name                      = "unknown"
  role_arn                  = "arn:aws:iam::123456789012:role/eks"
  enabled_cluster_log_types = var.log_types

  vpc_config {
    subnet_ids = ["subnet-1"]
  }
}

resource "aws_eks_cluster" "one_unknown" {
  name                      = "one-unknown"
  role_arn                  = "arn:aws:iam::123456789012:role/eks"
  enabled_cluster_log_types = ["api", "audit", var.one_type] # expect: TFG-CTR-004

  vpc_config {
    subnet_ids = ["subnet-1"]
  }
}

resource "aws_eks_cluster" "could_be_complete" {
  name                      = "could-be-complete"
  role_arn                  = "arn:aws:iam::123456789012:role/eks"
  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", var.one_type]

  vpc_config {
    subnet_ids = ["subnet-1"]
  }
}
