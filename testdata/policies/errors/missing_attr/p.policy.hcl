resource_policy "aws_instance" "monitoring" {
  enforce {
    condition     = attrs.monitoring == true
    error_message = "monitoring is off"
  }
}
