# A second root module with a group of the same address as the one used in the first root:
# the use there does not count here.
resource "aws_security_group" "used" { # expect: TFG-NET-010
  name        = "used"
  description = "same address, another root, attached to nothing"
}
