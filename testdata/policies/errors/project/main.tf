resource "aws_instance" "web" {
  ami           = "ami-0123"
  instance_type = "t3.micro"
}
