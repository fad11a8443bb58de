# TFG-CTR-006: EKS node group SSH without source security groups. Key without groups, key
# with groups, groups unknown, no remote access, an empty group list, for_each.

variable "bastion_groups" {}

resource "aws_eks_node_group" "open" {
  for_each        = toset(["a", "b"])
  cluster_name    = "main"
  node_group_name = "open-${each.key}"
  node_role_arn   = "arn:aws:iam::123456789012:role/nodes"
  subnet_ids      = ["subnet-1"]

  scaling_config {
    desired_size = 1
    max_size     = 2
    min_size     = 1
  }

  remote_access { # expect: TFG-CTR-006
    ec2_ssh_key = "ops"
  }
}

resource "aws_eks_node_group" "empty_groups" {
  cluster_name    = "main"
  node_group_name = "empty-groups"
  node_role_arn   = "arn:aws:iam::123456789012:role/nodes"
  subnet_ids      = ["subnet-1"]

  scaling_config {
    desired_size = 1
    max_size     = 2
    min_size     = 1
  }

  remote_access { # expect: TFG-CTR-006
    ec2_ssh_key               = "ops"
    source_security_group_ids = []
  }
}

resource "aws_eks_node_group" "restricted" {
  cluster_name    = "main"
  node_group_name = "restricted"
  node_role_arn   = "arn:aws:iam::123456789012:role/nodes"
  subnet_ids      = ["subnet-1"]

  scaling_config {
    desired_size = 1
    max_size     = 2
    min_size     = 1
  }

  remote_access {
    ec2_ssh_key               = "ops"
    source_security_group_ids = ["sg-0123456789abcdef0"]
  }
}

resource "aws_eks_node_group" "unknown_groups" {
  cluster_name    = "main"
  node_group_name = "unknown-groups"
  node_role_arn   = "arn:aws:iam::123456789012:role/nodes"
  subnet_ids      = ["subnet-1"]

  scaling_config {
    desired_size = 1
    max_size     = 2
    min_size     = 1
  }

  remote_access {
    ec2_ssh_key               = "ops"
    source_security_group_ids = var.bastion_groups
  }
}

resource "aws_eks_node_group" "no_ssh" {
  cluster_name    = "main"
  node_group_name = "no-ssh"
  node_role_arn   = "arn:aws:iam::123456789012:role/nodes"
  subnet_ids      = ["subnet-1"]

  scaling_config {
    desired_size = 1
    max_size     = 2
    min_size     = 1
  }
}
