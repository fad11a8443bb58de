variable "rule" {
  type = string
}

resource "aws_config_config_rule" "chosen" {
  name = "chosen"

  source {
    owner             = "AWS"
    source_identifier = var.rule
  }
}
