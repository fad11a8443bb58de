locals {
  cidrs      = cidrsubnets("10.0.0.0/16", 8, 8, 4)
  merged     = merge({ a = 1 }, { b = 2 }, { a = 3 })
  flattened  = flatten([["a"], ["b", ["c"]]])
  policy     = jsondecode(file("${path.module}/policy.json"))
  statement  = local.policy.Statement[0]
  safe       = try(local.policy.Missing, "fallback")
  can_index  = can(local.flattened[10])
  formatted  = format("%s-%03d", "web", 7)
  user_data  = templatefile("${path.module}/templates/user_data.sh.tftpl", { ports = [22, 80], name = "srv" })
  heredoc    = <<-EOT
    line one
      indented ${upper("two")}
    EOT
  conditional = length(local.cidrs) > 2 ? "many" : "few"
  zipped      = zipmap(["x", "y"], [1, 2])
  lookup      = lookup(local.zipped, "y", 0)
  regex       = regex("^arn:aws:s3:::(.*)$", "arn:aws:s3:::my-bucket")[0]
  replaced    = replace("a-b-c", "-", "_")
  enc         = base64encode("hello")
  hashed      = sha256("abc")
  outside     = try(file("/etc/passwd"), "refused") # refused even inside try: an error
}

resource "aws_instance" "web" {
  ami       = "ami-123"
  user_data = local.user_data
  tags = {
    cidrs       = join(",", local.cidrs)
    merged      = jsonencode(local.merged)
    flattened   = join("", local.flattened)
    action      = local.statement.Action
    safe        = local.safe
    can_index   = tostring(local.can_index)
    formatted   = local.formatted
    heredoc     = local.heredoc
    conditional = local.conditional
    lookup      = local.lookup
    regex       = local.regex
    replaced    = local.replaced
    enc         = local.enc
    hashed      = local.hashed
    outside     = local.outside
  }
}
