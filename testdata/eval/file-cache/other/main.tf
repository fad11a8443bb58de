# A second root module: the same path as written in the first root's parameter, resolved
# against this root's directory, is a different file.
resource "aws_ssm_parameter" "other" {
  name  = "other"
  value = trimspace(file("modules/b/name.txt"))
}
