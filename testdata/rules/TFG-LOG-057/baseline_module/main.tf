# Called by through_module; scanned on its own too would make it a root, so it is called.
resource "aws_guardduty_detector" "main" {
  enable = true
}
