# A key policy whose key_id cannot be resolved may name this key: undecided.

variable "key_id" {}

resource "aws_kms_key" "maybe" {
  description = "maybe"
}

resource "aws_kms_key_policy" "unknown" {
  key_id = var.key_id
  policy = jsonencode({ Version = "2012-10-17", Statement = [] })
}
