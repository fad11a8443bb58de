# An object that sets a key twice: Terraform keeps the last value and says nothing; tfgate
# does the same and warns at the value that is dropped.
locals {
  scaling = {
    min_size = 1
    max_size = 3
    min_size = 2
  }
}

resource "aws_s3_bucket" "logs" {
  bucket = "logs"
  tags   = { Name = "first", Team = "a", Name = "second" }
}

resource "aws_sqs_queue" "q" {
  count = local.scaling.min_size
  name  = "q-${count.index}"
}
