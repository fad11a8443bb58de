variable "version_in" {}

resource "aws_eks_cluster" "this" {
  name     = "from-module"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  version  = var.version_in # expect: TFG-CTR-005

  vpc_config {
    subnet_ids = ["subnet-1"]
  }
}
