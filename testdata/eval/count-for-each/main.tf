variable "azs" { default = ["a", "b", "c"] }
variable "create_flow_logs" { default = false }

resource "aws_subnet" "private" {
  count             = length(var.azs)
  availability_zone = "eu-west-1${var.azs[count.index]}"
  cidr_block        = cidrsubnet("10.0.0.0/16", 8, count.index)
}

resource "aws_flow_log" "this" {
  count        = var.create_flow_logs ? 1 : 0
  traffic_type = "ALL"
}

resource "aws_security_group_rule" "by_map" {
  for_each    = { ssh = 22, https = 443 }
  type        = "ingress"
  from_port   = each.value
  to_port     = each.value
  description = "rule ${each.key}"
}

resource "aws_iam_user" "by_set" {
  for_each = toset(["bob", "alice", "bob"])
  name     = each.value
  path     = "/${each.key}/"
}

resource "aws_route_table_association" "private" {
  count     = length(aws_subnet.private)
  subnet_id = aws_subnet.private[count.index].id
}

data "aws_availability_zones" "all" {}

resource "aws_subnet" "unknown_count" {
  # The number of zones is only known after apply: kept as one instance, never dropped.
  count      = length(data.aws_availability_zones.all.names)
  cidr_block = "10.1.0.0/24"
}

resource "aws_subnet" "splat_user" {
  cidr_block = join(",", aws_subnet.private[*].cidr_block)
}
