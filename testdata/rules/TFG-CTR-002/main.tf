# TFG-CTR-002: EKS public endpoint open to any address. Unset CIDRs (default 0.0.0.0/0),
# 0.0.0.0/0 and ::/0 written, an empty list, an allow-list, a private endpoint, unknowns.

variable "office_cidrs" {}

resource "aws_eks_cluster" "default_cidrs" {
  name     = "default-cidrs"
  role_arn = "arn:aws:iam::123456789012:role/eks"

  vpc_config { # expect: TFG-CTR-002
    subnet_ids             = ["subnet-1"]
    endpoint_public_access = true
  }
}

resource "aws_eks_cluster" "unset_access" {
  name     = "unset-access"
  role_arn = "arn:aws:iam::123456789012:role/eks"

  vpc_config {
    subnet_ids          = ["subnet-1"]
    public_access_cidrs = ["0.0.0.0/0"] # expect: TFG-CTR-002
  }
}

resource "aws_eks_cluster" "ipv6" {
  for_each = toset(["a", "b"])
  name     = "ipv6-${each.key}"
  role_arn = "arn:aws:iam::123456789012:role/eks"

  vpc_config {
    subnet_ids             = ["subnet-1"]
    endpoint_public_access = true
    public_access_cidrs    = ["198.51.100.0/24", "::/0"] # expect: TFG-CTR-002
  }
}

resource "aws_eks_cluster" "empty" {
  name     = "empty"
  role_arn = "arn:aws:iam::123456789012:role/eks"

  vpc_config {
    subnet_ids             = ["subnet-1"]
    endpoint_public_access = true
    public_access_cidrs    = [] # expect: TFG-CTR-002
  }
}

resource "aws_eks_cluster" "allow_list" {
  name     = "allow-list"
  role_arn = "arn:aws:iam::123456789012:role/eks"

  vpc_config {
    subnet_ids             = ["subnet-1"]
    endpoint_public_access = true
    public_access_cidrs    = ["198.51.100.0/24", "203.0.113.7/32"]
  }
}

resource "aws_eks_cluster" "private" {
  name     = "private"
  role_arn = "arn:aws:iam::123456789012:role/eks"

  vpc_config {
    subnet_ids              = ["subnet-1"]
    endpoint_private_access = true
    endpoint_public_access  = false
    public_access_cidrs     = ["0.0.0.0/0"]
  }
}

resource "aws_eks_cluster" "unknown_cidrs" {
  name     = "unknown-cidrs"
  role_arn = "arn:aws:iam::123456789012:role/eks"

  vpc_config {
    subnet_ids             = ["subnet-1"]
    endpoint_public_access = true
    public_access_cidrs    = var.office_cidrs
  }
}
