variable "status" {
  type = string
}

resource "aws_iam_user" "root" {
  name = "root"
}

resource "aws_iam_access_key" "by_reference" {
  user = aws_iam_user.root.name # expect: TFG-IAM-018
}

resource "aws_iam_access_key" "active" {
  user   = "ROOT" # expect: TFG-IAM-018
  status = "Active"
}

resource "aws_iam_access_key" "inactive" {
  user   = "root"
  status = "Inactive"
}

resource "aws_iam_access_key" "unknown_status" {
  user   = "root"
  status = var.status
}

resource "aws_iam_access_key" "other_user" {
  user = "root-cause-analyzer"
}

# Through a reference: the user's name decides, even one known only in part before apply.
variable "team" {
  type = string
}

resource "aws_iam_user" "named_root" {
  name = "root"
}

resource "aws_iam_access_key" "named_root" {
  user = aws_iam_user.named_root.name # expect: TFG-IAM-018
}

resource "aws_iam_user" "team" {
  name = "svc-${var.team}"
}

resource "aws_iam_access_key" "team" {
  user = aws_iam_user.team.name
}
