resource "aws_vpc" "second" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_internet_gateway" "second" {
  vpc_id = aws_vpc.second.id
}

resource "aws_route_table" "second_public" {
  vpc_id = aws_vpc.second.id

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.second.id
  }
}

resource "aws_main_route_table_association" "second" {
  vpc_id         = aws_vpc.second.id
  route_table_id = aws_route_table.second_public.id
}

resource "aws_subnet" "second" {
  vpc_id     = aws_vpc.second.id
  cidr_block = "10.1.1.0/24"
}

resource "aws_default_subnet" "a" {
  availability_zone = "eu-west-1a"
}

resource "aws_db_subnet_group" "main_table" {
  name       = "main-table"
  subnet_ids = [aws_subnet.second.id]
}

resource "aws_db_subnet_group" "default_subnets" {
  name       = "default-subnets"
  subnet_ids = [aws_default_subnet.a.id]
}

resource "aws_db_instance" "main_table" {
  identifier           = "main-table"
  engine               = "mysql"
  instance_class       = "db.t3.micro"
  allocated_storage    = 20
  db_subnet_group_name = aws_db_subnet_group.main_table.name # expect: TFG-DB-019
}

resource "aws_db_instance" "default_subnets" {
  identifier           = "default-subnets"
  engine               = "mysql"
  instance_class       = "db.t3.micro"
  allocated_storage    = 20
  db_subnet_group_name = aws_db_subnet_group.default_subnets.name # expect: TFG-DB-019
}
