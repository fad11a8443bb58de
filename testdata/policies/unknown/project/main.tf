variable "environment" {
  type = string
}

data "aws_ami" "golden" {
  most_recent = true
  owners      = ["self"]
}

resource "aws_instance" "web" {
  ami           = data.aws_ami.golden.id
  instance_type = "t3.micro"
}

resource "aws_instance" "known_bad" {
  ami           = "ami-1234"
  instance_type = "t3.micro"
}

resource "aws_db_instance" "db" {
  engine                  = "postgres"
  instance_class          = "db.t3.micro"
  backup_retention_period = 1
  tags                    = { environment = var.environment }
}
