variable "global" {
  type = bool
}

resource "aws_config_configuration_recorder" "maybe" {
  name     = "main"
  role_arn = "arn:aws:iam::123456789012:role/aws-config"

  recording_group {
    include_global_resource_types = var.global
  }
}
