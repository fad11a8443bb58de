# AdministratorAccess attached to a role named by a value known only after apply: it may be
# the service's role, so the service is undecided.

variable "some_role" {}

resource "aws_iam_role" "svc" {
  name               = "svc-unresolved"
  assume_role_policy = "{}"
}

resource "aws_iam_role_policy_attachment" "maybe" {
  role       = var.some_role
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_ecs_service" "web" {
  name            = "web"
  task_definition = "web:1"
  iam_role        = aws_iam_role.svc.arn
}
