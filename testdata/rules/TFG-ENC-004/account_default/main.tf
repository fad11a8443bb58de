# Encryption by default is on for this root: new volumes are encrypted whatever they say.

resource "aws_ebs_encryption_by_default" "this" {
  enabled = true
}

resource "aws_instance" "web" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = false
  }
  ebs_block_device {
    device_name = "/dev/sdf"
  }
}
