# TFG-LOG-054: disabled detectors.
variable "off" {
  default = false
}

variable "unknown" {
  type = bool
}

resource "aws_guardduty_detector" "literal" {
  enable = false # expect: TFG-LOG-054
}

resource "aws_guardduty_detector" "through_variable" {
  count  = 1
  enable = var.off # expect: TFG-LOG-054
}

resource "aws_guardduty_detector" "default" {}

resource "aws_guardduty_detector" "on" {
  enable = true
}

resource "aws_guardduty_detector" "maybe" {
  enable = var.unknown
}
