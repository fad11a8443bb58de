# TFG-CTR-018: ECS service IAM role. A role of the configuration with `*` on `*`, one with
# AdministratorAccess attached, one with narrow permissions (named "admin": its policies
# decide), an external role named admin, an external role with another name, a reference to
# a role outside the configuration.

resource "aws_iam_role" "inline_admin" {
  name               = "svc-inline"
  assume_role_policy = "{}"

  inline_policy {
    name = "all"
    policy = jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
    })
  }
}

resource "aws_iam_role" "attached_admin" {
  name               = "svc-attached"
  assume_role_policy = "{}"
}

resource "aws_iam_role_policy_attachment" "admin" {
  role       = aws_iam_role.attached_admin.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_role" "narrow" {
  name               = "ecs-admin-lb"
  assume_role_policy = "{}"
}

resource "aws_iam_role_policy" "narrow" {
  role = aws_iam_role.narrow.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["elasticloadbalancing:RegisterInstancesWithLoadBalancer"]
      Resource = "*"
    }]
  })
}

resource "aws_ecs_service" "inline_admin" {
  name            = "inline-admin"
  task_definition = "app:1"
  iam_role        = aws_iam_role.inline_admin.arn # expect: TFG-CTR-018
}

resource "aws_ecs_service" "attached_admin" {
  name            = "attached-admin"
  task_definition = "app:1"
  iam_role        = "svc-attached" # expect: TFG-CTR-018
}

resource "aws_ecs_service" "narrow" {
  name            = "narrow"
  task_definition = "app:1"
  iam_role        = aws_iam_role.narrow.arn
}

resource "aws_ecs_service" "external_admin" {
  count           = 2
  name            = "external-admin-${count.index}"
  task_definition = "app:1"
  iam_role        = "arn:aws:iam::123456789012:role/AdminRole" # expect: TFG-CTR-018
}

resource "aws_ecs_service" "external_other" {
  name            = "external-other"
  task_definition = "app:1"
  iam_role        = "arn:aws:iam::123456789012:role/ecsServiceRole"
}

resource "aws_ecs_service" "unresolved" {
  name            = "unresolved"
  task_definition = "app:1"
  iam_role        = aws_iam_role.elsewhere.arn
}

resource "aws_ecs_service" "no_role" {
  name            = "no-role"
  task_definition = "app:1"
}
