# Merged after the primary files: arguments replace arguments, a nested block type
# replaces every block of that type, locals and variable defaults are replaced by name.
variable "env" { default = "prod" }

resource "aws_s3_bucket" "b" {
  acl = "private"
  versioning {
    enabled = true
  }
}
