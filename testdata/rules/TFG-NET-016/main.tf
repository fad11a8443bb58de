resource "aws_instance" "public" {
  ami                         = "ami-1"
  instance_type               = "t3.micro"
  associate_public_ip_address = true # expect: TFG-NET-016
}

resource "aws_launch_configuration" "asg" {
  image_id                    = "ami-1"
  instance_type               = "t3.micro"
  associate_public_ip_address = "true" # expect: TFG-NET-016
}

resource "aws_launch_template" "lt" {
  name = "lt"
  network_interfaces {
    associate_public_ip_address = true # expect: TFG-NET-016
  }
}

resource "aws_instance" "private" {
  ami           = "ami-1"
  instance_type = "t3.micro"
}
