# TFG-ML-003: notebooks without a customer managed key: no key, an empty key, the AWS
# managed key (literal, looked up); keys of the configuration pass, unknown keys are undecided.

variable "unknown_key" {}

resource "aws_kms_key" "nb" {
  description         = "notebooks"
  enable_key_rotation = true
}

data "aws_kms_alias" "sagemaker" {
  name = "alias/aws/sagemaker"
}

resource "aws_sagemaker_notebook_instance" "no_key" { # expect: TFG-ML-003
  for_each      = toset(["a", "b"])
  name          = "no-key-${each.key}"
  role_arn      = "arn:aws:iam::123456789012:role/nb"
  instance_type = "ml.t3.medium"
}

resource "aws_sagemaker_notebook_instance" "empty_key" {
  name          = "empty-key"
  role_arn      = "arn:aws:iam::123456789012:role/nb"
  instance_type = "ml.t3.medium"
  kms_key_id    = "" # expect: TFG-ML-003
}

resource "aws_sagemaker_notebook_instance" "aws_managed" {
  name          = "aws-managed"
  role_arn      = "arn:aws:iam::123456789012:role/nb"
  instance_type = "ml.t3.medium"
  kms_key_id    = "alias/aws/sagemaker" # expect: TFG-ML-003
}

resource "aws_sagemaker_notebook_instance" "aws_managed_lookup" {
  name          = "aws-managed-lookup"
  role_arn      = "arn:aws:iam::123456789012:role/nb"
  instance_type = "ml.t3.medium"
  kms_key_id    = data.aws_kms_alias.sagemaker.target_key_arn # expect: TFG-ML-003
}

resource "aws_sagemaker_notebook_instance" "cmk" {
  name          = "cmk"
  role_arn      = "arn:aws:iam::123456789012:role/nb"
  instance_type = "ml.t3.medium"
  kms_key_id    = aws_kms_key.nb.arn
}

resource "aws_sagemaker_notebook_instance" "literal_cmk" {
  name          = "literal-cmk"
  role_arn      = "arn:aws:iam::123456789012:role/nb"
  instance_type = "ml.t3.medium"
  kms_key_id    = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_sagemaker_notebook_instance" "unknown" {
  name          = "unknown"
  role_arn      = "arn:aws:iam::123456789012:role/nb"
  instance_type = "ml.t3.medium"
  kms_key_id    = var.unknown_key
}
