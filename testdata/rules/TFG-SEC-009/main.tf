# Cases of the rule: a document shared with All (alone and in a list), shared with an
# account, not shared, and an unknown list of accounts.

variable "accounts" {}

resource "aws_ssm_document" "public" {
  name          = "public"
  document_type = "Command"
  content       = "{}"
  permissions = { # expect: TFG-SEC-009
    type        = "Share"
    account_ids = "All"
  }
}

resource "aws_ssm_document" "public_in_list" {
  name          = "public-in-list"
  document_type = "Command"
  content       = "{}"
  permissions = { # expect: TFG-SEC-009
    type        = "Share"
    account_ids = "123456789012,all"
  }
}

resource "aws_ssm_document" "shared" {
  name          = "shared"
  document_type = "Command"
  content       = "{}"
  permissions = {
    type        = "Share"
    account_ids = "123456789012"
  }
}

resource "aws_ssm_document" "private" {
  name          = "private"
  document_type = "Command"
  content       = "{}"
}

resource "aws_ssm_document" "unknown" {
  name          = "unknown"
  document_type = "Command"
  content       = "{}"
  permissions = {
    type        = "Share"
    account_ids = var.accounts
  }
}
