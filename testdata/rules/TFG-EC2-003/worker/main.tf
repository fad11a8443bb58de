variable "monitoring" {}

resource "aws_instance" "this" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  monitoring    = var.monitoring # expect: TFG-EC2-003
}
