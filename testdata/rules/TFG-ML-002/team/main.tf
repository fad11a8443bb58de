variable "root" {}

resource "aws_sagemaker_notebook_instance" "this" {
  name          = "team"
  role_arn      = "arn:aws:iam::123456789012:role/nb"
  instance_type = "ml.t3.medium"
  root_access   = var.root # expect: TFG-ML-002
}
