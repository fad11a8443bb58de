variable "policy_arn" {
  type = string
}

data "aws_partition" "current" {}

resource "aws_iam_role_policy_attachment" "literal" {
  role       = "ci"
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess" # expect: TFG-IAM-012
}

resource "aws_iam_group_policy_attachment" "partition" {
  group      = "admins"
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AdministratorAccess" # expect: TFG-IAM-012
}

data "aws_iam_policy" "admin" {
  name = "AdministratorAccess"
}

resource "aws_iam_user_policy_attachment" "lookup" {
  user       = "alice"
  policy_arn = data.aws_iam_policy.admin.arn # expect: TFG-IAM-012
}

resource "aws_iam_role" "managed" {
  name                = "managed"
  assume_role_policy  = "{}"
  managed_policy_arns = ["arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/AdministratorAccess"] # expect: TFG-IAM-012
}

resource "aws_ssoadmin_managed_policy_attachment" "sso" {
  instance_arn       = "arn:aws:sso:::instance/ssoins-1234567890abcdef"
  managed_policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess" # expect: TFG-IAM-012
  permission_set_arn = "arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-1234567890abcdef"
}

# Other policies, and an ARN known only after apply.
resource "aws_iam_role_policy_attachment" "read_only" {
  role       = "ci"
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_policy_attachment" "custom" {
  name       = "custom"
  roles      = ["ci"]
  policy_arn = "arn:aws:iam::123456789012:policy/AdministratorAccessReview"
}

resource "aws_iam_role_policy_attachment" "unknown" {
  role       = "ci"
  policy_arn = var.policy_arn
}

resource "aws_iam_role_policy_attachment" "formatted" {
  role       = "ops"
  policy_arn = format("arn:%s:iam::aws:policy/AdministratorAccess", data.aws_partition.current.partition) # expect: TFG-IAM-012
}
