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
