# TFG-ENC-016: unencrypted EFS file systems. Unset (the API and Terraform default is
# unencrypted, with count), a literal false and false through a variable, and an unknown
# value (undecided).

variable "encrypted" {
  default = false
}

variable "unknown_input" {}

resource "aws_efs_file_system" "unset" { # expect: TFG-ENC-016
  count          = 2
  creation_token = "share-${count.index}"
}

resource "aws_efs_file_system" "literal" {
  creation_token = "literal"
  encrypted      = false # expect: TFG-ENC-016
}

resource "aws_efs_file_system" "from_variable" {
  creation_token = "from-variable"
  encrypted      = var.encrypted # expect: TFG-ENC-016
}

resource "aws_efs_file_system" "good" {
  creation_token = "good"
  encrypted      = true
}

resource "aws_efs_file_system" "unknown" {
  creation_token = "unknown"
  encrypted      = var.unknown_input
}
