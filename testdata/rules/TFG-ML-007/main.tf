# TFG-ML-007: notebooks whose role may do everything: through an inline policy of the role,
# an aws_iam_role_policy built from a policy document, an attached customer policy and the
# AWS managed AdministratorAccess (attached and in managed_policy_arns). Narrow roles pass;
# roles outside the configuration and unknown policies are undecided.

variable "unknown_policy" {}

locals {
  trust = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "sagemaker.amazonaws.com" }
    }]
  })
}

resource "aws_iam_role" "inline_admin" {
  name               = "inline-admin"
  assume_role_policy = local.trust

  inline_policy {
    name = "all"
    policy = jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
    })
  }
}

resource "aws_sagemaker_notebook_instance" "inline_admin" {
  name          = "inline-admin"
  role_arn      = aws_iam_role.inline_admin.arn # expect: TFG-ML-007
  instance_type = "ml.t3.medium"
}

data "aws_iam_policy_document" "everything" {
  statement {
    actions   = ["*"]
    resources = ["*"]
  }
}

resource "aws_iam_role" "document_admin" {
  name               = "document-admin"
  assume_role_policy = local.trust
}

resource "aws_iam_role_policy" "document_admin" {
  role   = aws_iam_role.document_admin.id
  policy = data.aws_iam_policy_document.everything.json
}

resource "aws_sagemaker_notebook_instance" "document_admin" {
  name          = "document-admin"
  role_arn      = aws_iam_role.document_admin.arn # expect: TFG-ML-007
  instance_type = "ml.t3.medium"
}

resource "aws_iam_policy" "everything" {
  name   = "everything"
  policy = data.aws_iam_policy_document.everything.json
}

resource "aws_iam_role" "attached_admin" {
  name               = "attached-admin"
  assume_role_policy = local.trust
}

resource "aws_iam_role_policy_attachment" "attached_admin" {
  role       = aws_iam_role.attached_admin.name
  policy_arn = aws_iam_policy.everything.arn
}

resource "aws_sagemaker_notebook_instance" "attached_admin" {
  name          = "attached-admin"
  role_arn      = aws_iam_role.attached_admin.arn # expect: TFG-ML-007
  instance_type = "ml.t3.medium"
}

resource "aws_iam_role" "aws_admin" {
  name               = "aws-admin"
  assume_role_policy = local.trust
}

resource "aws_iam_role_policy_attachment" "aws_admin" {
  role       = "aws-admin"
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_sagemaker_notebook_instance" "aws_admin" {
  name          = "aws-admin"
  role_arn      = aws_iam_role.aws_admin.arn # expect: TFG-ML-007
  instance_type = "ml.t3.medium"
}

resource "aws_iam_role" "managed_arns" {
  name                = "managed-arns"
  assume_role_policy  = local.trust
  managed_policy_arns = ["arn:aws:iam::aws:policy/AdministratorAccess"]
}

resource "aws_sagemaker_notebook_instance" "managed_arns" {
  name          = "managed-arns"
  role_arn      = aws_iam_role.managed_arns.arn # expect: TFG-ML-007
  instance_type = "ml.t3.medium"
}

resource "aws_iam_role" "narrow" {
  name               = "narrow"
  assume_role_policy = local.trust
}

resource "aws_iam_role_policy" "narrow" {
  role = aws_iam_role.narrow.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["s3:GetObject"], Resource = "arn:aws:s3:::data/*" },
      { Effect = "Deny", Action = "*", Resource = "arn:aws:s3:::secrets/*" },
    ]
  })
}

resource "aws_sagemaker_notebook_instance" "narrow" {
  name          = "narrow"
  role_arn      = aws_iam_role.narrow.arn
  instance_type = "ml.t3.medium"
}

resource "aws_iam_role" "without_policies" {
  name               = "without-policies"
  assume_role_policy = local.trust
}

resource "aws_sagemaker_notebook_instance" "without_policies" {
  name          = "without-policies"
  role_arn      = aws_iam_role.without_policies.arn
  instance_type = "ml.t3.medium"
}

# Undecided: a role outside the configuration, and a policy unknown before apply.
resource "aws_sagemaker_notebook_instance" "external_role" {
  name          = "external-role"
  role_arn      = "arn:aws:iam::123456789012:role/elsewhere"
  instance_type = "ml.t3.medium"
}

resource "aws_iam_role" "unknown_policy" {
  name               = "unknown-policy"
  assume_role_policy = local.trust
}

resource "aws_iam_role_policy" "unknown_policy" {
  role   = aws_iam_role.unknown_policy.id
  policy = var.unknown_policy
}

resource "aws_sagemaker_notebook_instance" "unknown_policy" {
  name          = "unknown-policy"
  role_arn      = aws_iam_role.unknown_policy.arn
  instance_type = "ml.t3.medium"
}

# A role looked up by name: its policies are not in the configuration.
data "aws_iam_role" "existing" {
  name = "existing-notebook-role"
}

resource "aws_sagemaker_notebook_instance" "looked_up_role" {
  name          = "looked-up-role"
  role_arn      = data.aws_iam_role.existing.arn
  instance_type = "ml.t3.medium"
}

# AdministratorAccess attached to a list of roles.
resource "aws_iam_role" "listed_admin" {
  name               = "listed-admin"
  assume_role_policy = local.trust
}

resource "aws_iam_policy_attachment" "admins" {
  name       = "admins"
  roles      = [aws_iam_role.listed_admin.name]
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_sagemaker_notebook_instance" "listed_admin" {
  name          = "listed-admin"
  role_arn      = aws_iam_role.listed_admin.arn # expect: TFG-ML-007
  instance_type = "ml.t3.medium"
}
