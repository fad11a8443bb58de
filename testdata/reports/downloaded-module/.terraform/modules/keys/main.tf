variable "rotate" {
  type    = bool
  default = false
}

resource "aws_kms_key" "this" {
  description         = "from a downloaded module"
  enable_key_rotation = var.rotate
}
