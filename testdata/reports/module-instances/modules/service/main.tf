variable "name" {
  type = string
}

resource "aws_security_group" "this" {
  name        = "svc-${var.name}"
  description = "service ${var.name}"

  ingress {
    description = "ssh"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_kms_key" "this" {
  description = "key of ${var.name}"
  policy      = "{}"
}
