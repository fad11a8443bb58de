variable "name" { type = string }

resource "aws_vpc" "this" {
  cidr_block = "10.0.0.0/16"
  tags       = { Name = var.name }
}

module "subnets" {
  source = "./modules/subnets"
  vpc_id = aws_vpc.this.id
}

output "vpc_id" { value = aws_vpc.this.id }
