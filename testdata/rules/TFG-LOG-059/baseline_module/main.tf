# Called by through_module; scanned on its own too would make it a root, so it is called.
resource "aws_ebs_encryption_by_default" "main" {
  enabled = true
}
