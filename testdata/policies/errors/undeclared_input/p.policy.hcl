resource_policy "aws_instance" "x" {
  enforce {
    condition = attrs.instance_type == input.size
  }
}
