# A whole resource passed to an object-typed variable: its computed attributes (`arn`) are
# unknown, not missing, and an attribute the resource does not have takes the default.
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
