resource_policy "aws_instance" "x" {
  enforcement_level = "soft_mandatory"
  enforce {
    condition = true
  }
}
