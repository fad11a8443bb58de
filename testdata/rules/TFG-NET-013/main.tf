resource "aws_default_vpc" "default" { # expect: TFG-NET-013
  tags = { Name = "default" }
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}
