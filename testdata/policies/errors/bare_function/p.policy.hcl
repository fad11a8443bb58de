resource_policy "aws_instance" "x" {
  enforce {
    condition = contains(["t3.micro"], attrs.instance_type)
  }
}
