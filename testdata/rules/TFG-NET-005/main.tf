locals {
  db_ports = { mysql = 3306, postgres = 5432, redis = 6379 }
}

resource "aws_security_group_rule" "db" {
  for_each          = local.db_ports
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  description       = each.key
  from_port         = each.value
  to_port           = each.value
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"] # expect: TFG-NET-005
}

resource "aws_security_group_rule" "db_private" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  description       = "private"
  from_port         = 5432
  to_port           = 5432
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/16"]
}
