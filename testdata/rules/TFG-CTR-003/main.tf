# TFG-CTR-003: EKS secrets envelope encryption. No block, a block without "secrets", a block
# without a key, a key known after apply, resources from a variable, count.

variable "encrypted_resources" {}

resource "aws_kms_key" "eks" {
  description         = "eks"
  enable_key_rotation = true
}

resource "aws_eks_cluster" "none" { # expect: TFG-CTR-003
  count    = 2
  name     = "none-${count.index}"
  role_arn = "arn:aws:iam::123456789012:role/eks"

  vpc_config {
    subnet_ids = ["subnet-1"]
  }
}

resource "aws_eks_cluster" "other_resources" {
  name     = "other"
  role_arn = "arn:aws:iam::123456789012:role/eks"

  vpc_config {
    subnet_ids = ["subnet-1"]
  }

  encryption_config {
    resources = ["configmaps"] # expect: TFG-CTR-003
    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }
}

resource "aws_eks_cluster" "no_key" {
  name     = "no-key"
  role_arn = "arn:aws:iam::123456789012:role/eks"

  vpc_config {
    subnet_ids = ["subnet-1"]
  }

  encryption_config { # expect: TFG-CTR-003
    resources = ["secrets"]
  }
}

resource "aws_eks_cluster" "encrypted" {
  name     = "encrypted"
  role_arn = "arn:aws:iam::123456789012:role/eks"

  vpc_config {
    subnet_ids = ["subnet-1"]
  }

  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }
}

resource "aws_eks_cluster" "unknown" {
  name     = "unknown"
  role_arn = "arn:aws:iam::123456789012:role/eks"

  vpc_config {
    subnet_ids = ["subnet-1"]
  }

  encryption_config {
    resources = var.encrypted_resources
    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }
}
