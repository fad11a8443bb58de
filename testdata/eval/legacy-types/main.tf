# Pre-0.12 shorthands Terraform still accepts as a whole type constraint: `list` is
# list(any), `map` is map(any). A `-var` for them is read as an expression, not a string.
variable "zones" {
  type    = map
  default = { a = "us-east-1a", b = "us-east-1b" }
}

variable "cidrs" {
  type    = list
  default = ["10.0.0.0/16"]
}

resource "aws_subnet" "each" {
  for_each          = var.zones
  vpc_id            = "vpc-1"
  availability_zone = each.value
  cidr_block        = var.cidrs[0]
}
