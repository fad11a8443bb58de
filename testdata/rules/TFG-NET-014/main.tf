resource "aws_vpc" "unlogged" { # expect: TFG-NET-014
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc" "logged" {
  count      = 2
  cidr_block = "10.2${count.index}.0.0/16"
}

resource "aws_flow_log" "logged" {
  count        = 2
  vpc_id       = aws_vpc.logged[count.index].id
  traffic_type = "ALL"
}
