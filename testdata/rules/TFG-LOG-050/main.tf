# TFG-LOG-050: recorders stopped, limited to listed types, or never started.

variable "unknown_enabled" {
  type = bool
}

resource "aws_config_configuration_recorder" "good" {
  name     = "good"
  role_arn = "arn:aws:iam::123456789012:role/aws-config"
}

resource "aws_config_configuration_recorder_status" "good" {
  name       = aws_config_configuration_recorder.good.name
  is_enabled = true
}

resource "aws_config_configuration_recorder" "stopped" {
  name     = "stopped"
  role_arn = "arn:aws:iam::123456789012:role/aws-config"
}

resource "aws_config_configuration_recorder_status" "stopped" {
  name       = aws_config_configuration_recorder.stopped.name
  is_enabled = false # expect: TFG-LOG-050
}

resource "aws_config_configuration_recorder" "listed" {
  name     = "listed"
  role_arn = "arn:aws:iam::123456789012:role/aws-config"

  recording_group {
    all_supported  = false # expect: TFG-LOG-050
    resource_types = ["AWS::EC2::Instance"]
  }
}

resource "aws_config_configuration_recorder_status" "listed" {
  name       = "listed"
  is_enabled = true
}

# Never started: no status names it.
resource "aws_config_configuration_recorder" "orphan" { # expect: TFG-LOG-050
  name     = "orphan"
  role_arn = "arn:aws:iam::123456789012:role/aws-config"
}

# Without a name the recorder is "default"; started by a status naming it.
resource "aws_config_configuration_recorder" "unnamed" {
  role_arn = "arn:aws:iam::123456789012:role/aws-config"
}

resource "aws_config_configuration_recorder_status" "unnamed" {
  name       = "default"
  is_enabled = true
}

resource "aws_config_configuration_recorder" "maybe" {
  name     = "maybe"
  role_arn = "arn:aws:iam::123456789012:role/aws-config"
}

resource "aws_config_configuration_recorder_status" "maybe" {
  name       = aws_config_configuration_recorder.maybe.name
  is_enabled = var.unknown_enabled
}
