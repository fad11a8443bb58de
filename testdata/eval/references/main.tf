# References Terraform accepts that are less common: the explicit `resource.` prefix, an
# index in place of an attribute, and a guard that short-circuits (Terraform 1.12+).
variable "queue" {
  type = object({
    enabled = bool
    name    = string
  })
  default = null
}

resource "aws_security_group" "web" {
  name        = "web"
  description = "web"
}

resource "aws_instance" "web" {
  ami                    = "ami-12345678"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [resource.aws_security_group.web.id]
  tags = {
    group_name = resource.aws_security_group.web.name
    group_arn  = aws_security_group.web["arn"]
  }
}

resource "aws_sqs_queue" "optional" {
  count = var.queue != null && var.queue.enabled ? 1 : 0
  name  = var.queue.name
}

resource "aws_sqs_queue" "fallback" {
  count = var.queue == null || var.queue.enabled ? 1 : 0
  name  = "fallback"
}

# A known list that holds an unknown (a security group's id) is not null: the guard is known
# and so is the dynamic block (Terraform compares null with a known value without looking
# inside it).
locals {
  rules = [
    { port = 22, cidr = "0.0.0.0/0", peer = aws_security_group.web.id },
  ]
}

resource "aws_security_group" "guarded" {
  name = "guarded"
  dynamic "ingress" {
    for_each = local.rules != null ? local.rules : []
    content {
      from_port       = ingress.value.port
      to_port         = ingress.value.port
      cidr_blocks     = [ingress.value.cidr]
      security_groups = [ingress.value.peer]
    }
  }
}

# An ephemeral resource (Terraform 1.10+) exists only while Terraform runs: references to it
# are unknown, with no warning.
ephemeral "aws_secretsmanager_secret_version" "db" {
  secret_id = "prod/db/master"
}

resource "aws_db_instance" "db" {
  identifier          = "db"
  password_wo         = ephemeral.aws_secretsmanager_secret_version.db.secret_string
  password_wo_version = 1
}
