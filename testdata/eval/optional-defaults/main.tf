variable "buckets" {
  type = map(object({
    versioning = optional(bool, true)
    acl        = optional(string, "private")
    tags       = optional(map(string), {})
    lifecycle = optional(object({
      days    = optional(number, 30)
      enabled = optional(bool)
    }), {})
  }))
  default = {
    logs = {}
    www  = { acl = "public-read", lifecycle = { days = 7 } }
  }
}

resource "aws_s3_bucket" "this" {
  for_each = var.buckets
  bucket   = each.key
  acl      = each.value.acl
  tags     = merge({ Name = each.key }, each.value.tags)

  versioning {
    enabled = each.value.versioning
  }

  lifecycle_rule {
    enabled    = coalesce(each.value.lifecycle.enabled, false)
    expiration {
      days = each.value.lifecycle.days
    }
  }
}
