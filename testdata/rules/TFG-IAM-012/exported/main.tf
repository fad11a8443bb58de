# A root that looks up AdministratorAccess by ARN and attaches it nowhere: it is used
# elsewhere.
data "aws_iam_policy" "exported" { # expect: TFG-IAM-012
  arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

output "admin_arn" {
  value = data.aws_iam_policy.exported.arn
}

