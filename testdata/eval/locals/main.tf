# Locals are evaluated in dependency order, whatever order they are written in.
locals {
  full_name = "${local.prefix}-${local.suffix}"
  prefix    = upper(local.base)
  base      = "app"
  suffix    = length(local.items)
  items     = [for i in range(3) : "item-${i}"]
  by_name   = { for s in local.items : s => length(s) }
}

locals {
  # A second locals block in the same module sees the first one.
  joined = join("/", [local.full_name, local.items[2]])
}

resource "aws_s3_bucket" "b" {
  bucket = lower(local.joined)
  tags   = local.by_name
}
