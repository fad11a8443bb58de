# Called by through_module; scanned on its own too would make it a root, so it is called.
resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length = 14
}
