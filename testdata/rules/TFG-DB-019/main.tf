variable "subnet_id" {}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
}

resource "aws_nat_gateway" "main" {
  subnet_id     = aws_subnet.public.id
  allocation_id = "eipalloc-0123456789abcdef0"
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.main.id
}

resource "aws_route" "internet" {
  route_table_id         = aws_route_table.public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.main.id
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.main.id
  }
}

resource "aws_subnet" "public" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_subnet" "private" {
  count      = 2
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.${count.index + 10}.0/24"
}

resource "aws_subnet" "isolated" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.30.0/24"
}

resource "aws_route_table_association" "public" {
  subnet_id      = aws_subnet.public.id
  route_table_id = aws_route_table.public.id
}

resource "aws_route_table_association" "private" {
  count          = 2
  subnet_id      = aws_subnet.private[count.index].id
  route_table_id = aws_route_table.private.id
}

resource "aws_db_subnet_group" "mixed" {
  name       = "mixed"
  subnet_ids = [aws_subnet.private[0].id, aws_subnet.public.id]
}

resource "aws_db_subnet_group" "private" {
  name       = "private"
  subnet_ids = aws_subnet.private[*].id
}

resource "aws_db_subnet_group" "isolated" {
  name       = "isolated"
  subnet_ids = [aws_subnet.isolated.id]
}

resource "aws_db_subnet_group" "looked_up" {
  name       = "looked-up"
  subnet_ids = [var.subnet_id]
}

resource "aws_db_instance" "mixed" {
  identifier           = "mixed"
  engine               = "postgres"
  instance_class       = "db.t3.micro"
  allocated_storage    = 20
  db_subnet_group_name = aws_db_subnet_group.mixed.name # expect: TFG-DB-019
}

resource "aws_db_instance" "private" {
  identifier           = "private"
  engine               = "postgres"
  instance_class       = "db.t3.micro"
  allocated_storage    = 20
  db_subnet_group_name = aws_db_subnet_group.private.name
}

resource "aws_db_instance" "isolated_by_name" {
  identifier           = "isolated"
  engine               = "postgres"
  instance_class       = "db.t3.micro"
  allocated_storage    = 20
  db_subnet_group_name = "isolated"
}

resource "aws_db_instance" "looked_up" {
  identifier           = "looked-up"
  engine               = "postgres"
  instance_class       = "db.t3.micro"
  allocated_storage    = 20
  db_subnet_group_name = aws_db_subnet_group.looked_up.name
}

resource "aws_db_instance" "default_vpc" { # expect: TFG-DB-019
  identifier        = "default-vpc"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "replica" {
  identifier          = "replica"
  replicate_source_db = aws_db_instance.private.identifier
  instance_class      = "db.t3.micro"
}

resource "aws_rds_cluster" "mixed" {
  cluster_identifier   = "mixed"
  engine               = "aurora-postgresql"
  db_subnet_group_name = aws_db_subnet_group.mixed.id # expect: TFG-DB-019
}
