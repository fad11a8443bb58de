# A whole resource passed to an object-typed variable: attributes its configuration does not
# set (`arn`, and the optional `rotation`, which may be computed) are unknown, not missing.
variable "key" {
  type = object({
    description = string
    arn         = string
    rotation    = optional(number, 365)
  })
}

resource "aws_ssm_parameter" "typed" {
  name  = "${var.key.description}-${var.key.rotation}"
  value = var.key.arn
}
