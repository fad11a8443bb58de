# The account's public access block applies to every bucket of the account.
resource "aws_s3_account_public_access_block" "account" {
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "site" {
  bucket = "account-blocked"
  acl    = "public-read-write"
}
