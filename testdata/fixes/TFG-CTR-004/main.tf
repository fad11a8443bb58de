resource "aws_eks_cluster" "unset" {
  name     = "unset"
  role_arn = "arn:aws:iam::123456789012:role/eks"

  vpc_config {
    subnet_ids = ["subnet-1"]
  }
}

resource "aws_eks_cluster" "partial" {
  name                      = "partial"
  role_arn                  = "arn:aws:iam::123456789012:role/eks"
  enabled_cluster_log_types = ["api", "audit"]

  vpc_config {
    subnet_ids = ["subnet-1"]
  }
}
