resource_policy "aws_instance" "busy" {
  enforce {
    condition = core::length([for a in core::range(1000) : [for b in core::range(1000) : a + b]]) > 0
  }
}
