resource "aws_security_group" "orphan" { # expect: TFG-NET-010
  name        = "orphan"
  description = "unused"
}

resource "aws_security_group_rule" "orphan_rule" {
  type              = "ingress"
  security_group_id = aws_security_group.orphan.id
  description       = "a rule alone is not use"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
}

resource "aws_security_group" "used" {
  name        = "used"
  description = "attached"
}

resource "aws_instance" "web" {
  ami                    = "ami-1"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.used.id]
}

# Created in a module and used by the caller through an output.
module "sg" {
  source = "./modules/sg"
}

resource "aws_lb" "front" {
  name            = "front"
  internal        = true
  security_groups = [module.sg.id]
}

# Attached by name: a literal name in `security_groups`, or the group's `name` attribute,
# which is known before apply.
resource "aws_security_group" "by_literal_name" {
  name        = "by-literal-name"
  description = "named by an instance"
}

resource "aws_security_group" "by_name_attribute" {
  name        = "by-name-attribute"
  description = "named through its attribute"
}

resource "aws_instance" "classic" {
  ami             = "ami-1"
  instance_type   = "t3.micro"
  security_groups = ["by-literal-name", aws_security_group.by_name_attribute.name]
}
