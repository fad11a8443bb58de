# Line breaks inside an object `for` expression: Terraform reads `for` expressions with
# newlines ignored (object constructors are newline-sensitive, `for` expressions are not);
# hcl-edit stops at such a break, so tfgate repairs the text it parses.
locals {
  names = ["Alpha", "Beta"]
  upper = true

  cased = { for k in local.names : k => local.upper ? upper(k) :
    lower(k)
  }

  flags = { for k in local.names : k => # the tag
    length(k) > 4 &&
    k != "Gamma" # a comment on the line
  }

  sizes = { for k in local.names : lower(k) => {
    name = k
    size = length(k) + 1
  }
  ...
  }
}

resource "aws_s3_bucket" "b" {
  for_each = local.cased
  bucket   = each.value
  tags = {
    long = tostring(local.flags[each.key])
    size = tostring(local.sizes[lower(each.key)][0].size)
  }
}
