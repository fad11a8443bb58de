resource "aws_config_configuration_recorder" "off" {
  name     = "main"
  role_arn = "arn:aws:iam::123456789012:role/aws-config"

  recording_group {
    all_supported                 = true
    include_global_resource_types = false # expect: TFG-LOG-051
  }
}
