resource "aws_identitystore_user" "alice" { # expect: TFG-IAM-043
  identity_store_id = "d-1234567890"
  display_name      = "Alice Example"
  user_name         = "alice"

  name {
    given_name  = "Alice"
    family_name = "Example"
  }
}

data "aws_identitystore_user" "bob" {
  identity_store_id = "d-1234567890"

  alternate_identifier {
    unique_attribute {
      attribute_path  = "UserName"
      attribute_value = "bob"
    }
  }
}
