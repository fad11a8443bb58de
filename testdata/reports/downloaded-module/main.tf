# A finding inside a module `terraform init` downloaded: reports locate it at this module
# block (code hosts reject locations the user does not own), and its fix is display-only.
module "keys" {
  source  = "example/kms/aws"
  version = "1.0.0"
}

# A finding with a safe fix in the user's own code, and a column after a non-ASCII comment.
resource "aws_kms_key" "own" { description = "clé 🔑" }
