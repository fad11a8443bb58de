resource_policy "aws_instance" "x" {
  enforce {
    condition = true
  }
}

data_policy "aws_ami" "y" {
  enforce {
    condition = true
  }
}
