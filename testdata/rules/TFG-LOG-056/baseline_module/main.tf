# Called by through_module; scanned on its own too would make it a root, so it is called.
resource "aws_config_configuration_recorder" "main" {
  role_arn = "arn:aws:iam::123456789012:role/aws-config"
}
