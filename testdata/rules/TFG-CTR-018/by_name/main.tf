# Attachments that name the role by its literal name, and an attachment of an unknown role
# elsewhere in the root that does not carry AdministratorAccess (it cannot make a role an
# administrator).

variable "other_role" {}

resource "aws_iam_role" "svc" {
  name               = "svc-by-name"
  assume_role_policy = "{}"
}

resource "aws_iam_policy_attachment" "admins" {
  name       = "admins"
  roles      = ["svc-by-name"]
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_role_policy_attachment" "readonly" {
  role       = var.other_role
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_ecs_service" "web" {
  name            = "web"
  task_definition = "web:1"
  iam_role        = aws_iam_role.svc.arn # expect: TFG-CTR-018
}
