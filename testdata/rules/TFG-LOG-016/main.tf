# Accelerators with flow logs on, off, and without attributes; unknown.

variable "on" {
  type = bool
}

resource "aws_globalaccelerator_accelerator" "on" {
  name = "on"
  attributes {
    flow_logs_enabled   = true
    flow_logs_s3_bucket = "flow-logs"
  }
}

resource "aws_globalaccelerator_accelerator" "off" {
  name = "off"
  attributes {
    flow_logs_enabled = false # expect: TFG-LOG-016
  }
}

resource "aws_globalaccelerator_accelerator" "none" { # expect: TFG-LOG-016
  name = "none"
}

resource "aws_globalaccelerator_accelerator" "unknown" {
  name = "unknown"
  attributes {
    flow_logs_enabled = var.on
  }
}
