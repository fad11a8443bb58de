# A status names a recorder nobody can know before apply: a recorder without a status of
# its own may be the one it starts (undecided).
variable "recorder_name" {
  type = string
}

resource "aws_config_configuration_recorder" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::123456789012:role/aws-config"
}

resource "aws_config_configuration_recorder_status" "main" {
  name       = var.recorder_name
  is_enabled = true
}
