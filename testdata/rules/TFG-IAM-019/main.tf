resource "aws_iam_user" "ci" {
  name = "ci"
}

resource "aws_iam_access_key" "ci_first" {
  user = aws_iam_user.ci.name
}

resource "aws_iam_access_key" "ci_second" {
  user = aws_iam_user.ci.name # expect: TFG-IAM-019
}

# During a rotation the old key is inactive.
resource "aws_iam_access_key" "deploy_old" {
  user   = "deploy"
  status = "Inactive"
}

resource "aws_iam_access_key" "deploy" {
  user = "deploy"
}

resource "aws_iam_access_key" "other" {
  user = "other"
}

# A user whose name is known only after apply is still one user: its keys are counted together.
variable "env" {
  type = string
}

resource "aws_iam_user" "app" {
  name = "app-${var.env}"
}

resource "aws_iam_access_key" "app_first" {
  user = aws_iam_user.app.name
}

resource "aws_iam_access_key" "app_second" {
  user = aws_iam_user.app.name # expect: TFG-IAM-019
}

resource "aws_iam_user" "worker" {
  name = "worker-${var.env}"
}

resource "aws_iam_access_key" "worker" {
  user = aws_iam_user.worker.name
}
